namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>One address the crawl visited or checked, with the status it answered and the first page that linked to it.</summary>
public sealed record CrawledLink(string Path, int Status, string FoundOn)
{
    public bool IsBroken => Status >= 400;

    public override string ToString() => $"{Status} {Path} (linked from {FoundOn})";
}
