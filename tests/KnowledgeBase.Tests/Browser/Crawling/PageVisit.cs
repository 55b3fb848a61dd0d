namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>What one page showed the crawl: its status, the ids a link may point to, and the links it holds (absolute, as the browser resolved them).</summary>
/// <param name="Ids">Null unless the address answered with an HTML page: only a page has places a fragment can point to.</param>
public sealed record PageVisit(string Url, int Status, IReadOnlySet<string>? Ids, IReadOnlyList<string> Links)
{
    public static PageVisit NotAPage(string url, int status) => new(url, status, null, []);
}
