namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>A link to <c>page#id</c> where the page answered but holds no element with that id: the reader lands at the top, not on the provision.</summary>
public sealed record MissingAnchor(string Path, string Anchor, string FoundOn)
{
    public override string ToString() => $"no #{Anchor} on {Path} (linked from {FoundOn})";
}
