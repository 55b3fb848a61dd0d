using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>The kinds of change in the reader's interface language.</summary>
public static class ChangeWords
{
    /// <summary>The kinds in the order a summary lists them.</summary>
    public static readonly IReadOnlyList<ChangeKind> Order =
        [ChangeKind.Unchanged, ChangeKind.Modified, ChangeKind.Renumbered, ChangeKind.Moved, ChangeKind.Added, ChangeKind.Removed, ChangeKind.Split, ChangeKind.Merged];

    public static string Kind(ChangeKind kind, UiLanguage ui) => kind switch
    {
        ChangeKind.Unchanged => ui.Pick("unchanged", "dəyişməyib"),
        ChangeKind.Modified => ui.Pick("modified", "dəyişdirilib"),
        ChangeKind.Renumbered => ui.Pick("renumbered", "nömrəsi dəyişib"),
        ChangeKind.Moved => ui.Pick("moved", "yeri dəyişib"),
        ChangeKind.Added => ui.Pick("added", "əlavə edilib"),
        ChangeKind.Removed => ui.Pick("removed", "çıxarılıb"),
        ChangeKind.Split => ui.Pick("split", "bölünüb"),
        ChangeKind.Merged => ui.Pick("merged", "birləşdirilib"),
        _ => kind.ToString(),
    };

    public static int Count(ComparisonSummary summary, ChangeKind kind) => kind switch
    {
        ChangeKind.Unchanged => summary.Unchanged,
        ChangeKind.Modified => summary.Modified,
        ChangeKind.Renumbered => summary.Renumbered,
        ChangeKind.Moved => summary.Moved,
        ChangeKind.Added => summary.Added,
        ChangeKind.Removed => summary.Removed,
        ChangeKind.Split => summary.Split,
        ChangeKind.Merged => summary.Merged,
        _ => 0,
    };
}
