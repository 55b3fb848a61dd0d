using System.Diagnostics;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>The time one whole comparison may take: past it, the steps that read words (masked texts, likeness, splits and merges) are skipped.</summary>
/// <remarks>
/// Keys, identical readings, numbers with headings and headings are matched by hashing, in time linear in the texts, so they
/// always run and every provision still appears once: what they leave alone is shown added or removed instead of matched by
/// likeness. A comparison cut short says so (<see cref="VersionComparison.Curtailed"/>). A zero budget is spent from the start.
/// </remarks>
internal sealed class ComparisonBudget(TimeSpan allowed)
{
    private readonly long _deadline = Stopwatch.GetTimestamp() + (long)(allowed.TotalSeconds * Stopwatch.Frequency);

    /// <summary>The <see cref="Stopwatch.GetTimestamp"/> value at which the budget is spent.</summary>
    public long Deadline => _deadline;

    /// <summary>Whether a costly step found the budget spent and skipped (some of) its work.</summary>
    public bool Curtailed { get; private set; }

    /// <summary>Whether the budget is spent; asked by a costly step before each unit of its work, which it then skips.</summary>
    public bool Spent()
    {
        if (Stopwatch.GetTimestamp() < _deadline)
            return false;
        Curtailed = true;
        return true;
    }
}
