namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Whether a stretch of text is in both versions, only the earlier (deleted) or only the later (inserted).</summary>
public enum DiffRunKind
{
    Unchanged,
    Deleted,
    Inserted,
}
