using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>One version in which a provision exists, with what changed since the version before in which it existed.</summary>
/// <param name="Wording">The provision's whole wording in this version (label first, its parts a line each).</param>
/// <param name="Previous">The version before in which the provision existed; null for its first appearance.</param>
/// <param name="PreviousName">The provision's name there, without its heading ("Article 44").</param>
/// <param name="Diff">The word diff from <paramref name="Previous"/>; null for the first appearance, or when the two are in different languages.</param>
public sealed record HistoryStep(HistoryEntry Entry, string Name, string Wording, HistoryEntry? Previous, string? PreviousName, TextDiff? Diff)
{
    /// <summary>The provision was renumbered (or renamed) since <see cref="Previous"/>: "Article 44 → Article 45".</summary>
    public bool Relabelled => PreviousName is not null && PreviousName != Name;

    public bool Unchanged => Diff is { Runs: var runs } && runs.All(r => r.Kind == DiffRunKind.Unchanged);
}
