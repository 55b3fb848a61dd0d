namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>What a crawl found: every address it visited or checked, the anchors that were missing, and what it left for lack of time.</summary>
public sealed record CrawlReport(
    IReadOnlyList<CrawledLink> Links,
    IReadOnlyList<MissingAnchor> MissingAnchors,
    IReadOnlyList<CrawledLink> BrokenResources,
    int PagesVisited,
    int LeftUnvisited)
{
    public IEnumerable<CrawledLink> Broken => Links.Where(l => l.IsBroken);

    public override string ToString() =>
        $"{PagesVisited} pages visited, {Links.Count - PagesVisited} links only checked, {LeftUnvisited} left unvisited at the cap; " +
        $"{Broken.Count()} broken links, {MissingAnchors.Count} missing anchors, {BrokenResources.Count} broken stylesheets or scripts";
}
