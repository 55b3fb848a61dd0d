namespace KnowledgeBase.Tests.Browser.AwaitingPages;

/// <summary>
/// A browser journey written against the URL contract of pages another branch is building: compiled, always reported as
/// skipped with the reason, until that branch is merged. Then replace this attribute with <c>[BrowserFact]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AwaitingPagesFactAttribute : FactAttribute
{
    public AwaitingPagesFactAttribute(string pages, string branch)
    {
        Skip = AwaitingPagesTheoryAttribute.Reason(pages, branch);
    }
}
