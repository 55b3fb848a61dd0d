namespace KnowledgeBase.Tests.Browser;

/// <summary>A fact that drives the browser: reported as skipped, with the reason, when <c>KB_SKIP_BROWSER=1</c>; otherwise it runs, and fails if Chromium is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (DebianChromium.SkipReason is { } reason)
            Skip = reason;
    }
}
