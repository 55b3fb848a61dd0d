using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>Walks the nesting of a text whose provisions are stored flat, in document order, each with its parent's id.</summary>
public static class TextOutline
{
    /// <summary>The kinds a table of contents lists: the text's structure, not its numbered parts.</summary>
    public static readonly IReadOnlySet<string> ContentsKinds = new HashSet<string>(StringComparer.Ordinal) { "section", "chapter", "article", "division" };

    /// <summary>A provision and everything nested in it, in document order; empty when the text has no such provision.</summary>
    public static IReadOnlyList<StoredProvision> Subtree(IReadOnlyList<StoredProvision> inOrder, string eId)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal) { eId };
        var subtree = new List<StoredProvision>();
        foreach (var p in inOrder)
        {
            if (p.EId == eId || (subtree.Count > 0 && p.ParentEId is not null && inside.Contains(p.ParentEId)))
            {
                inside.Add(p.EId);
                subtree.Add(p);
            }
        }
        return subtree;
    }

    /// <summary>The provisions a provision sits in, outermost first (a part's section, chapter, article and outer parts).</summary>
    public static IReadOnlyList<StoredProvision> Ancestors(IReadOnlyList<StoredProvision> inOrder, string eId)
    {
        var byEId = inOrder.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var ancestors = new List<StoredProvision>();
        var current = byEId.GetValueOrDefault(eId);
        while (current?.ParentEId is { } parent && byEId.TryGetValue(parent, out current))
            ancestors.Add(current);
        ancestors.Reverse();
        return ancestors;
    }

    /// <summary>How many headed provisions (anything but a numbered part) each provision sits in: a heading's level below the page's title.</summary>
    public static IReadOnlyDictionary<string, int> HeadingDepths(IReadOnlyList<StoredProvision> inOrder)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in inOrder)
        {
            var depth = p.ParentEId is { } parent && depths.TryGetValue(parent, out var parentDepth)
                ? parentDepth + (kinds[parent] == "paragraph" ? 0 : 1)
                : 0;
            depths[p.EId] = depth;
            kinds[p.EId] = p.Kind;
        }
        return depths;
    }
}
