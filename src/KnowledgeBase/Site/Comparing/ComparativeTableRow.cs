using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>One changed provision of a comparative table: its current wording, its proposed wording and a note saying what changed.</summary>
/// <param name="Current">The wording in the earlier version, label first; empty for a new provision.</param>
/// <param name="Proposed">The later wording as a word diff against <paramref name="Current"/>; a repealed provision shows its old wording deleted.</param>
/// <param name="Note">The kind of change in words, in the interface language: "Amended", "Renumbered from 44".</param>
public sealed record ComparativeTableRow(ChangeKind Kind, string? FromEId, string? ToEId, string Current, TextDiff Proposed, string Note);
