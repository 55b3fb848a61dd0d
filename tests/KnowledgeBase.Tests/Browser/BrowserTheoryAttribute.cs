namespace KnowledgeBase.Tests.Browser;

/// <summary>A theory that drives the browser; skipped like <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (DebianChromium.SkipReason is { } reason)
            Skip = reason;
    }
}
