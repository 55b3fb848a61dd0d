namespace KnowledgeBase.Tests.Browser.AwaitingPages;

/// <summary>A theory that waits for another branch's pages, like <see cref="AwaitingPagesFactAttribute"/>; becomes <c>[BrowserTheory]</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AwaitingPagesTheoryAttribute : TheoryAttribute
{
    public AwaitingPagesTheoryAttribute(string pages, string branch)
    {
        Skip = Reason(pages, branch);
    }

    internal static string Reason(string pages, string branch) =>
        $"Awaits the {pages} (branch {branch}): once merged, enable it as Browser/AwaitingPages/README.md says.";
}
