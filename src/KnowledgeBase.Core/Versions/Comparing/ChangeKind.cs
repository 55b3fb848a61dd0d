namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>What happened to a provision between two versions.</summary>
public enum ChangeKind
{
    Unchanged,
    Modified,
    /// <summary>Its number changed; its text may have changed too (the similarity says how much).</summary>
    Renumbered,
    /// <summary>It now stands under another chapter or section.</summary>
    Moved,
    Added,
    Removed,
    /// <summary>One provision became several; one change per resulting provision.</summary>
    Split,
    /// <summary>Several provisions became one; one change per former provision.</summary>
    Merged,
}
