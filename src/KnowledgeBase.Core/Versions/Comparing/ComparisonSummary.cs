namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>How many aligned pairs of each kind a comparison found.</summary>
public sealed record ComparisonSummary(int Unchanged, int Modified, int Renumbered, int Moved, int Added, int Removed, int Split, int Merged)
{
    public static ComparisonSummary Of(IReadOnlyCollection<ProvisionChange> changes)
    {
        int Count(ChangeKind kind) => changes.Count(c => c.Kind == kind);
        return new(Count(ChangeKind.Unchanged), Count(ChangeKind.Modified), Count(ChangeKind.Renumbered), Count(ChangeKind.Moved),
            Count(ChangeKind.Added), Count(ChangeKind.Removed), Count(ChangeKind.Split), Count(ChangeKind.Merged));
    }
}
