namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Lists the changes as a reader of the later text meets them, with each removed provision where it used to stand.</summary>
internal static class ChangeOrder
{
    public static List<ProvisionChange> Of(ComparedText fromText, ComparedText toText, Alignment alignment, ChangeClassifier classifier)
    {
        // Each entry carries the position in the earlier text it follows, so a removed provision can be slotted in after it.
        var listed = new List<(int FromOrder, ProvisionChange Change)>();
        var mergedInto = fromText.Provisions
            .Where(f => alignment.MergeTargetOf(f.EId) is not null)
            .ToLookup(f => alignment.MergeTargetOf(f.EId)!, f => f.EId, StringComparer.Ordinal);
        var lastFromOrder = -1;
        foreach (var to in toText.Provisions)
        {
            var sources = new[] { alignment.FromOf(to.EId), alignment.SplitSourceOf(to.EId) }
                .Concat(mergedInto[to.EId])
                .OfType<string>()
                .ToList();
            if (sources.Count == 0)
                listed.Add((lastFromOrder, classifier.Classify(null, to.EId)));
            foreach (var source in sources)
            {
                lastFromOrder = Math.Max(lastFromOrder, fromText[source].Stored.Order);
                listed.Add((fromText[source].Stored.Order, classifier.Classify(source, to.EId)));
            }
        }

        foreach (var removed in fromText.Provisions.Where(f => !alignment.HasFrom(f)))
        {
            var at = listed.FindLastIndex(l => l.FromOrder < removed.Stored.Order) + 1;
            listed.Insert(at, (removed.Stored.Order, classifier.Classify(removed.EId, null)));
        }
        return [.. listed.Select(l => l.Change)];
    }
}
