using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>Where a request that compares versions gets its <see cref="ComparisonBudget"/>: one that starts now, unless a test
/// gives a zero or unlimited one, so no test ever depends on how fast the machine is.</summary>
public sealed class ComparisonBudgets(Func<ComparisonBudget>? start = null)
{
    private readonly Func<ComparisonBudget> _start = start ?? ComparisonBudget.StartingNow;

    /// <summary>The budget of a page or API answer that starts comparing now.</summary>
    public ComparisonBudget StartingNow() => _start();

    /// <summary>The word diff of a page that diffs a few texts outside a comparison (a provision's history): with its time limit
    /// per diff, or none when comparisons are unlimited (tests), so that what it shows never depends on the machine's load.</summary>
    public WordDiff Differ() => _start().Differ;
}
