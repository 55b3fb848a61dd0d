namespace Search.Benchmarks;

/// <summary>The 200 fixed queries over the national corpus (Luxembourg legislation, French).</summary>
/// <remarks>Built from word lists in a fixed order, so every run asks the same questions.</remarks>
public static class NationalQueries
{
    private static readonly string[] Words =
    [
        "travail", "salarié", "employeur", "licenciement", "contrat", "délai", "tribunal", "amende", "emprisonnement",
        "impôt", "commune", "ministre", "autorisation", "séjour", "étranger", "protection", "environnement", "santé",
        "enseignement", "police", "douane", "société", "assurance", "banque", "consommateur", "bail", "propriété",
        "succession", "mariage", "divorce", "enfant", "nationalité", "élection", "fonctionnaire", "pension", "chômage",
        "congé", "accident", "véhicule", "agriculture",
    ];

    private static readonly (string, string)[] Pairs =
    [
        ("contrat", "travail"), ("permis", "conduire"), ("sécurité", "sociale"), ("protection", "données"),
        ("congé", "parental"), ("taxe", "valeur"), ("marchés", "publics"), ("droit", "asile"), ("service", "militaire"),
        ("chambre", "commerce"), ("conseil", "état"), ("procureur", "état"), ("juge", "instruction"), ("peine", "amende"),
        ("salaire", "minimum"), ("durée", "travail"), ("garde", "enfant"), ("bail", "habitation"), ("eaux", "usées"),
        ("déchets", "dangereux"),
    ];

    private static readonly string[] Phrases =
    [
        "contrat de travail", "code du travail", "sécurité sociale", "permis de conduire", "taxe sur la valeur ajoutée",
        "protection des données", "conseil d'état", "cour d'appel", "tribunal d'arrondissement", "juge de paix",
        "procureur d'état", "fonction publique", "chambre des députés", "ministre de la justice", "ministre des finances",
        "règlement grand-ducal", "journal officiel", "personne morale", "personnes physiques", "droit d'auteur",
        "marchés publics", "aide sociale", "revenu minimum", "salaire social minimum", "congé parental",
        "durée du travail", "délégation du personnel", "comité d'entreprise", "code pénal", "code civil",
        "nouveau code de procédure civile", "code de la consommation", "période d'essai", "heures supplémentaires",
        "accident de travail", "assurance maladie", "assurance pension", "bail à loyer", "droit de séjour",
        "protection internationale",
    ];

    private static readonly string[] Prefixes =
    [
        "licenci*", "employeu*", "salari*", "contravent*", "emprisonn*", "immatricul*", "télécommun*", "électr*",
        "hypothè*", "expropri*", "naturalis*", "réfugi*", "apprenti*", "intérimai*", "transfront*", "assujetti*",
        "pharmac*", "vétérin*", "ferroviai*", "aéropor*", "cadastr*", "notari*", "huissi*", "faillit*", "concordat*",
        "blanchi*", "terroris*", "stupéfi*", "handica*", "pensionn*",
    ];

    private static readonly int[] ArticleNumbers = [1, 2, 3, 5, 7, 10, 12, 15, 20, 25, 30, 45, 50, 75, 100, 101, 150, 200, 300, 487];

    private static readonly string[] FilterWords =
    [
        "travail", "impôt", "commune", "environnement", "santé", "police", "assurance", "véhicule", "agriculture", "banque",
    ];

    private static readonly string[] Kinds = ["law", "regulation", "code"];

    public static IReadOnlyList<BenchQuery> All { get; } = Build();

    private static List<BenchQuery> Build()
    {
        var queries = new List<BenchQuery>();
        queries.AddRange(Words.Select(w => new BenchQuery("term", w)));
        queries.AddRange(Pairs.Select(p => new BenchQuery("term", $"{p.Item1} {p.Item2}")));
        queries.AddRange(Phrases.Select(p => new BenchQuery("phrase", $"\"{p}\"")));
        queries.AddRange(Prefixes.Select(p => new BenchQuery("prefix", p)));
        queries.AddRange(ArticleNumbers.Select(n => new BenchQuery("citation", $"article {n}")));
        queries.AddRange(ArticleNumbers.Select(n => new BenchQuery("citation", $"art. {n}")));
        queries.AddRange(FilterWords.SelectMany(w => Kinds.Select(k => new BenchQuery("filter", w, k))));
        return queries;
    }
}
