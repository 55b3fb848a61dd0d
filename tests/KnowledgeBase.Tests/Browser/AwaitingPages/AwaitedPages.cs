namespace KnowledgeBase.Tests.Browser.AwaitingPages;

/// <summary>
/// The pages the home and instrument pages already link to but which other branches are still building. Until they land,
/// the crawl reports links to them as awaited instead of broken; once one answers 200, the crawl fails and asks for its
/// entry to be deleted here, so this list can never hide a broken link for long.
/// </summary>
/// <remarks>Delete this file, and the crawl's use of it, when the list is empty.</remarks>
public static class AwaitedPages
{
    public static readonly IReadOnlyList<AwaitedPage> All =
    [
        new("version, as-at-a-date and provision pages (/instruments/{slug}/{version}[/{eId}])", "site-text", path => SegmentsUnderInstruments(path) >= 2),
        new("procedures index and procedure pages (/procedures, /procedures/{slug})", "site-procedures", path => Path(path) is "/procedures" || Path(path).StartsWith("/procedures/", StringComparison.Ordinal)),
        new("search page (/search)", "site-procedures", path => Path(path) is "/search"),
        new("Atom feed (/feed.atom)", "site-procedures", path => Path(path) is "/feed.atom"),
    ];

    public static AwaitedPage? Matching(string path) => All.FirstOrDefault(a => a.Matches(path));

    private static string Path(string pathAndQuery) => pathAndQuery.Split('?', 2)[0];

    private static int SegmentsUnderInstruments(string pathAndQuery)
    {
        var segments = Path(pathAndQuery).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && segments[0] == "instruments" ? segments.Length - 1 : 0;
    }
}
