namespace Search.Benchmarks;

/// <summary>The 200 fixed queries over the shipped corpus (English, Azerbaijani, Russian).</summary>
/// <remarks>Built from word lists in a fixed order, so every run asks the same questions.</remarks>
public static class ShippedQueries
{
    private static readonly string[] Words =
    [
        "permit", "residence", "visa", "stay", "registration", "expulsion", "refugee", "citizenship", "employer", "passport",
        "asylum", "readmission", "quota", "carrier", "detention",
        "icazə", "viza", "qeydiyyat", "vətəndaşlıq", "qaçqın", "pasport", "miqrasiya", "işəgötürən", "sığınacaq", "readmissiya",
        "icaze", "vesiqe", "qacqin", "muraciet", "rusum",
        "виза", "регистрация", "беженцы", "выдворение", "работодатель", "паспорт", "убежище", "реадмиссия", "квота", "гражданство",
    ];

    private static readonly string[] Pairs =
    [
        "work permit", "residence permit", "residence card", "temporary stay", "place of stay", "state duty", "travel document",
        "stateless person", "family member", "labour migration",
        "iş icazəsi", "yaşama icazəsi", "icazə vəsiqəsi", "olma müddəti", "dövlət rüsumu",
        "разрешение работу", "вид жительство", "срок пребывания", "миграционная карта", "лица гражданства",
    ];

    private static readonly string[] Phrases =
    [
        "work permit", "temporary residence permit", "permanent residence permit", "residence card", "place of stay",
        "State Migration Service", "Unified Migration Information System", "stateless person", "administrative expulsion",
        "decision to leave the country", "travel document", "migration card", "state duty", "temporary stay",
        "readmission agreement", "family member", "political asylum", "victims of trafficking", "electronic visa",
        "Cabinet of Ministers",
        "iş icazəsi", "müvəqqəti yaşama icazəsi", "daimi yaşama icazəsi", "yaşamaq üçün icazə vəsiqəsi", "olduğu yer üzrə",
        "Dövlət Miqrasiya Xidməti", "inzibati qaydada çıxarılma", "qaçqın statusu", "dövlət rüsumu", "Nazirlər Kabineti",
        "вид на жительство", "разрешение на работу", "место пребывания", "временное проживание", "постоянное проживание",
        "миграционная карта", "лица без гражданства", "торговли людьми", "Кабинет министров", "Государственная миграционная служба",
    ];

    private static readonly string[] Prefixes =
    [
        "permi*", "resid*", "regist*", "expul*", "refug*", "citizen*", "employ*", "extens*", "applic*", "document*",
        "icaz*", "İCAZ*", "qeydiyyat*", "vətəndaş*", "müraciət*", "uzad*", "miqras*", "sənəd*", "qaçqın*", "viza*",
        "разрешен*", "регистрац*", "выдвор*", "гражданств*", "пребыван*", "проживан*", "иностран*", "документ*", "мигра*", "работ*",
    ];

    private static readonly int[] ArticleNumbers = [1, 3, 7, 13, 17, 21, 23, 27, 35, 45, 49, 52, 60, 62, 64, 69, 70, 73, 75, 80];

    private static readonly string[] FilterWords =
    [
        "permit", "residence", "stay", "fee", "appeal", "icazə", "qeydiyyat", "müraciət", "documents", "application",
    ];

    private static readonly string[] Kinds = ["procedure", "code", "decree"];

    public static IReadOnlyList<BenchQuery> All { get; } = Build();

    private static List<BenchQuery> Build()
    {
        var queries = new List<BenchQuery>();
        queries.AddRange(Words.Select(w => new BenchQuery("term", w)));
        queries.AddRange(Pairs.Select(p => new BenchQuery("term", p)));
        queries.AddRange(Phrases.Select(p => new BenchQuery("phrase", $"\"{p}\"")));
        queries.AddRange(Prefixes.Select(p => new BenchQuery("prefix", p)));
        queries.AddRange(ArticleNumbers.Select(n => new BenchQuery("citation", $"article {n}")));
        queries.AddRange(ArticleNumbers.Take(10).Select(n => new BenchQuery("citation", $"maddə {n}")));
        queries.AddRange(ArticleNumbers.Skip(10).Select(n => new BenchQuery("citation", $"статья {n}")));
        queries.AddRange(FilterWords.SelectMany(w => Kinds.Select(k => new BenchQuery("filter", w, k))));
        return queries;
    }
}
