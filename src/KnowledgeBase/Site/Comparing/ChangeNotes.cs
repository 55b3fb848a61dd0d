using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>The note column of a comparative table: what happened to a provision, in the words a drafter uses.</summary>
public static class ChangeNotes
{
    /// <param name="before">The provision in the earlier text; null for a new one.</param>
    /// <param name="after">The provision in the later text; null for a repealed one.</param>
    public static string Of(ProvisionChange change, StoredProvision? before, StoredProvision? after, UiLanguage ui)
    {
        var article = (after ?? before)?.Kind == "article";
        var amended = change.Similarity is < 1;
        var former = before is null ? "" : ProvisionNames.WithoutHeading(before, ui);
        return change.Kind switch
        {
            ChangeKind.Modified => ui.Pick("Amended", "Dəyişdirilib"),
            ChangeKind.Added => article ? ui.Pick("New article", "Yeni maddə") : ui.Pick("New part", "Yeni hissə"),
            ChangeKind.Removed => ui.Pick("Repealed", "Çıxarılıb"),
            ChangeKind.Renumbered => ui.Pick($"Renumbered from {change.FromNum}", $"{change.FromNum} əvəzinə yenidən nömrələnib")
                                     + (amended ? ui.Pick(", amended", ", dəyişdirilib") : ""),
            ChangeKind.Moved => ui.Pick("Moved", "Yeri dəyişdirilib") + (amended ? ui.Pick(", amended", ", dəyişdirilib") : ""),
            ChangeKind.Split => ui.Pick($"Split from {former}", $"{former} bölünüb"),
            ChangeKind.Merged => ui.Pick($"Merged from {former}", $"{former} birləşdirilib"),
            _ => ui.Pick("Unchanged", "Dəyişməyib"),
        };
    }
}
