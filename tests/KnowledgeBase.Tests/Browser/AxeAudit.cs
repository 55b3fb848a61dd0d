using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>Runs axe-core on the page the browser shows and keeps the violations a reader with a disability would be stopped by.</summary>
public static class AxeAudit
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>Each serious or critical violation, with the elements it was found on, ready for a failure message.</summary>
    public static async Task<IReadOnlyList<string>> SeriousOrCritical(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} — on {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target.ToString()))}" +
                         (v.Nodes.Length > 5 ? $" and {v.Nodes.Length - 5} more" : ""))];
    }
}
