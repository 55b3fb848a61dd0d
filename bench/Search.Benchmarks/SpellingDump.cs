using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Storage;

namespace Search.Benchmarks;

/// <summary>
/// "Did you mean" for fixed misspelled queries: the correction offered, the total and whether the typo retry ran, one line
/// per query, so that two builds of the index (a change to the spelling field) can be compared with <c>diff</c>.
/// </summary>
/// <remarks><c>spelling DATA</c> reads the public build published in a data folder; no FTS5 table is needed.</remarks>
internal static class SpellingDump
{
    /// <summary>Words of the national (French) and shipped (English, Azerbaijani, Russian) corpora, misspelled as people do:
    /// a letter swapped, doubled, dropped or wrong, accents left out.</summary>
    private static readonly string[] Queries =
    [
        "minsitre", "minstre de la justice", "travial", "emploiyeur", "reglemant grand-ducal", "procedre", "naturalisaton",
        "divorse", "mariagge", "enfnat", "securite socaile", "environement", "autorisaiton", "fonctionaire",
        "pension de vieillese", "permis de conduir", "contrat de travaile", "asyle", "protecion internationale", "residance",
        "accidnet", "immatriculaton", "vehicle", "emprisonement", "tribunal d'arondissement", "juge d'instruciton",
        "salaire socail minimum", "bail à loyre", "succesion", "testamant", "huisier", "déclaraton", "cotisaton",
        "assurance malaide", "allocaitons familiales", "licensiement", "discriminaton", "nationalité luxembourgoise",
        "etablissement", "paragrahpe", "agricultre", "commmune", "enseignemnt", "hopital", "electricite", "telecommunicatons",
        "temporery", "residense permit", "pernament", "citizenhsip", "deportaton", "asylum seker", "visa aplication",
        "müvəqəti", "yaşamaq icazesi", "vetendaşlıq", "гражданствa", "иностраного гражданина", "разрешенние",
    ];

    public static void Run(string data, TextWriter output)
    {
        using var build = PublishedBuild.OpenCurrent(new BuildFolders(data, Audience.Public))
            ?? throw new InvalidOperationException($"no public build in {data}");
        foreach (var query in Queries)
        {
            var results = build.Search.Search(new SearchRequest(query));
            output.WriteLine($"{query}\t→ {results.DidYouMean ?? "-"}\ttotal {results.Total} fuzzy {results.Fuzzy}");
        }
    }
}
