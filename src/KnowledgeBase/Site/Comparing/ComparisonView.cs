using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>What the comparison page shows: the aligned pairs with their word diffs, in runs, and the changes numbered in reading order.</summary>
/// <remarks>
/// The alignment comes from the build's <see cref="ComparisonCache"/> (computed once per build, shared with the API); only the
/// word diffs of the changed pairs are computed here. Aligning (when not cached) and the word diffs share one
/// <see cref="ComparisonBudget"/>, started once both texts are read, so the comparison is done within 250 ms less a margin
/// for rendering, however many provisions changed.
/// </remarks>
/// <param name="CutShort">The budget ran out (while aligning, or before every word diff was done): some changes may be shown as
/// an addition and a removal, or as a whole replacement, that a second try on a less busy server would show finer.</param>
public sealed record ComparisonView(VersionComparison Comparison, IReadOnlyList<ComparedPair> Pairs, IReadOnlyList<PairRun> Runs, bool CutShort)
{
    public IEnumerable<ComparedPair> Changes => Pairs.Where(p => p.IsChange);

    /// <param name="budgets">Where the comparison's budget comes from (a zero one, in tests, shows what a busy server shows).</param>
    public static ComparisonView Of(KnowledgeStore store, string buildStamp, ComparisonCache cache, ComparedVersions versions, ComparisonBudgets budgets)
    {
        var from = store.Provisions(versions.Slug, versions.From.Label, versions.Language);
        var to = store.Provisions(versions.Slug, versions.To.Label, versions.Language);
        var budget = budgets.StartingNow();
        var key = new ComparisonKey(buildStamp, versions.Slug, versions.From.Label, versions.To.Label, versions.Language, versions.Options);
        var comparison = cache.GetOrCompute(key, () => ProvisionAligner.Compare(from, to, versions.Options, budget));

        var fromByEId = from.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var toByEId = to.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var pairs = new List<ComparedPair>(comparison.Changes.Count);
        var changeNumber = 0;
        // One deadline for every word diff of the page: many long rewritten articles cost the page one budget, not one each.
        var cutShort = comparison.Curtailed;
        var differ = budget.Differ;
        foreach (var change in comparison.Changes)
        {
            var fromProvision = change.FromEId is { } f ? fromByEId.GetValueOrDefault(f) : null;
            var toProvision = change.ToEId is { } t ? toByEId.GetValueOrDefault(t) : null;
            var isChange = change.Kind != ChangeKind.Unchanged;
            // An unchanged pair is shown as it reads now, so it is not diffed.
            cutShort |= isChange && budget.DiffingSpent();
            var diff = isChange
                ? differ.Compare(fromProvision?.Text ?? "", toProvision?.Text ?? "", budget.DiffingDeadline)
                : new TextDiff([new DiffRun(DiffRunKind.Unchanged, (toProvision ?? fromProvision)?.Text ?? "")], Replaced: false);
            pairs.Add(new ComparedPair(change, fromProvision, toProvision, diff, isChange ? ++changeNumber : null));
        }
        return new ComparisonView(comparison, pairs, PairRun.Of(pairs), cutShort);
    }
}
