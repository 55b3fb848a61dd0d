using KnowledgeBase.Core.Accounts;

namespace KnowledgeBase.Core.Search;

/// <summary>What a reader asks the search for; the filters are exact values, null or empty meaning "any".</summary>
/// <param name="Query">Lucene classic syntax: words, <c>"phrases"</c>, <c>AND</c>/<c>OR</c>/<c>NOT</c>, <c>-word</c>, <c>prefix*</c>; every word is required unless <c>OR</c> says otherwise.</param>
/// <param name="Kind">An instrument kind in lower case: <c>code</c>, <c>law</c>, <c>procedure</c>…</param>
/// <param name="Status">A version status: <c>draft</c>, <c>submitted</c>, <c>adopted</c>, <c>in-force</c>, <c>repealed</c>.</param>
/// <param name="Language">Search only this language; null searches every language and ranks the hits together.</param>
/// <param name="Instrument">An instrument slug.</param>
/// <param name="Version">Null for the newest version of each instrument, <c>all</c> for every version, else a version label.</param>
/// <param name="Page">1-based.</param>
/// <param name="PageSize">Hits per page (or groups, with <paramref name="GroupByProvision"/>), 1 to 100.</param>
/// <param name="AsAt">Search the version of each instrument in force on this day instead; not together with <paramref name="Version"/>.</param>
/// <param name="GroupByProvision">One hit per provision (slug and stable key), the best of its versions and languages, with the number of other versions that match.</param>
/// <param name="Access">What the reader may see; null for everything. Hidden versions are never matched, counted or shown, and "newest" means the newest the reader sees.</param>
public sealed record SearchRequest(
    string Query,
    string? Kind = null,
    string? Status = null,
    string? Language = null,
    string? Instrument = null,
    string? Version = null,
    int Page = 1,
    int PageSize = 20,
    DateOnly? AsAt = null,
    bool GroupByProvision = false,
    ReaderAccess? Access = null)
{
    /// <summary>The <see cref="Version"/> value that searches every version.</summary>
    public const string AllVersions = "all";
}
