namespace KnowledgeBase.Site.Comparing;

/// <summary>Which side of a diff a view shows: both in one text (inline redline), or one column of a side-by-side view.</summary>
public enum DiffSide
{
    Both,
    Old,
    New,
}
