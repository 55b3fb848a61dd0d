namespace KnowledgeBase.Tests.Browser.AwaitingPages;

/// <summary>Pages of issue 4 that are being built on another branch, recognised by their path.</summary>
public sealed record AwaitedPage(string Pages, string Branch, Func<string, bool> Matches)
{
    public override string ToString() => $"{Pages} (branch {Branch})";
}
