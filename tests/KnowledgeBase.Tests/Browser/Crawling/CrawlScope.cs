namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>Which links of the site the crawl follows, which it only checks, and which it leaves alone.</summary>
public static class CrawlScope
{
    /// <summary>Links the crawl does not visit: other sites, other schemes, and the JSON API (tested on its own).</summary>
    public static bool IsOutside(Uri link, Uri site) =>
        link.Scheme is not ("http" or "https")
        || !string.Equals(link.GetLeftPart(UriPartial.Authority), site.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
        || link.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal);

    /// <summary>
    /// Links that must answer 200 but whose content is not a page to explore: the Atom feed, downloads (the comparative
    /// table as a Word document, which a browser saves rather than shows), and the interface-language switch, which sets a
    /// cookie and sends the reader back to the page it was on (already in the crawl).
    /// </summary>
    public static bool IsCheckedOnly(Uri link) =>
        link.AbsolutePath == "/feed.atom"
        || link.AbsolutePath.EndsWith(".docx", StringComparison.Ordinal)
        || link.AbsolutePath.StartsWith("/ui/", StringComparison.Ordinal);

    /// <summary>
    /// What a check-only link is checked once for: its path. Every page links <c>/ui/az?return=</c> itself; the switch answers
    /// all of them alike, and checking it once per page would double the crawl.
    /// </summary>
    public static string EndpointOf(Uri link) => link.GetLeftPart(UriPartial.Path);

    /// <summary>The address without its fragment: <c>/x#a</c> and <c>/x#b</c> are one page, visited once.</summary>
    public static string PageOf(Uri link) => link.GetLeftPart(UriPartial.Query);

    public static string? AnchorOf(Uri link) =>
        link.Fragment.Length > 1 ? Uri.UnescapeDataString(link.Fragment[1..]) : null;
}
