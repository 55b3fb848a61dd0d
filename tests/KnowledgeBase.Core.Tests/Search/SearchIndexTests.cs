using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Tests.Search;

/// <summary>Searches over <see cref="SampleLegislation"/>; each nested class is one behaviour, its files named after it.</summary>
public sealed partial class SearchIndexTests
{
    private const string NewAz45 = "migration-code@2023-05-amended/art_45.az";
    private const string NewAz46 = "migration-code@2023-05-amended/art_46.az";
    private const string NewEn45 = "migration-code@2023-05-amended/art_45.en";
    private const string NewEn46 = "migration-code@2023-05-amended/art_46.en";
    private const string NewRu45 = "migration-code@2023-05-amended/art_45.ru";
    private const string NewRu46 = "migration-code@2023-05-amended/art_46.ru";
    private const string OldEn45 = "migration-code@2013-07-adopted/art_45.en";
    private const string OldAz45 = "migration-code@2013-07-adopted/art_45.az";
    private const string LawAz = "citizenship-law@1998-09-adopted/art_1.az";
    private const string LawEn = "citizenship-law@1998-09-adopted/art_1.en";
    private const string LawRu = "citizenship-law@1998-09-adopted/art_1.ru";
    private const string ProcedureAz = "residence-permit-procedure@2024-01-draft/sec_1.az";
    private const string ProcedureEn = "residence-permit-procedure@2024-01-draft/sec_1.en";

    /// <summary>The hits as <c>slug@version/eId.language</c>, sorted, for comparing sets whose ranking does not matter.</summary>
    private static string[] Found(SearchResults results) =>
        [.. results.Hits.Select(Address).Order(StringComparer.Ordinal)];

    private static string Address(SearchHit hit) => $"{hit.Slug}@{hit.Version}/{hit.EId}.{hit.Language}";

    private static string[] Sorted(params string[] addresses) => [.. addresses.Order(StringComparer.Ordinal)];
}
