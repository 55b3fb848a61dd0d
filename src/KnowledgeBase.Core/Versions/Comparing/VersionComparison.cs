namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Two versions of one text aligned provision by provision.</summary>
/// <param name="Changes">One per aligned pair, unchanged ones included, in the later version's order (removed provisions where they stood).</param>
public sealed record VersionComparison(ComparisonSummary Summary, IReadOnlyList<ProvisionChange> Changes)
{
    /// <summary>
    /// The time budget ran out before every provision was weighed by similarity, splits and merges: some provisions matched
    /// only by likeness are shown added and removed instead. Still complete: every provision of both versions appears.
    /// </summary>
    public bool Curtailed { get; init; }

    public static VersionComparison Of(IReadOnlyList<ProvisionChange> changes) => new(ComparisonSummary.Of(changes), changes);
}
