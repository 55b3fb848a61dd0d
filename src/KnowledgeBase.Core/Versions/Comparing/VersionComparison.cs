namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Two versions of one text aligned provision by provision.</summary>
/// <param name="Changes">One per aligned pair, unchanged ones included, in the later version's order (removed provisions where they stood).</param>
public sealed record VersionComparison(ComparisonSummary Summary, IReadOnlyList<ProvisionChange> Changes)
{
    public static VersionComparison Of(IReadOnlyList<ProvisionChange> changes) => new(ComparisonSummary.Of(changes), changes);
}
