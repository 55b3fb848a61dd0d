using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>Aligns two languages of one version by eId, for reading them side by side.</summary>
/// <remarks>
/// Translations share their ids (the shipped corpus is checked for it), so rows follow the left text's order; a provision only
/// the right text has comes right after the one it follows there.
/// </remarks>
public static class ParallelText
{
    public static IReadOnlyList<ParallelRow> Align(IReadOnlyList<StoredProvision> left, IReadOnlyList<StoredProvision> right)
    {
        var leftDepths = TextOutline.HeadingDepths(left);
        var rightDepths = TextOutline.HeadingDepths(right);
        var leftIds = left.Select(p => p.EId).ToHashSet(StringComparer.Ordinal);
        var rightByEId = right.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var rows = new List<ParallelRow>(Math.Max(left.Count, right.Count));
        var next = 0;
        foreach (var provision in left)
        {
            for (; next < right.Count && !leftIds.Contains(right[next].EId); next++)
                rows.Add(new ParallelRow(right[next].EId, rightDepths[right[next].EId], null, right[next]));
            var match = rightByEId.GetValueOrDefault(provision.EId);
            if (match is not null && next < right.Count && right[next].EId == provision.EId)
                next++;
            rows.Add(new ParallelRow(provision.EId, leftDepths[provision.EId], provision, match));
        }
        for (; next < right.Count; next++)
        {
            if (!leftIds.Contains(right[next].EId))
                rows.Add(new ParallelRow(right[next].EId, rightDepths[right[next].EId], null, right[next]));
        }
        return rows;
    }
}
