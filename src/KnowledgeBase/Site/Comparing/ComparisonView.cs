using System.Diagnostics;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>What the comparison page shows: the aligned pairs with their word diffs, in runs, and the changes numbered in reading order.</summary>
/// <remarks>
/// The alignment comes from the build's <see cref="ComparisonCache"/> (computed once per build, shared with the API); only the
/// word diffs of the changed pairs are computed here, which for the largest instrument takes a few milliseconds.
/// </remarks>
/// <param name="CutShort">A time budget ran out (the alignment's, or the page's word diffs'): some changes may be shown as an
/// addition and a removal, or as a whole replacement, that a second try on a less busy server would show finer.</param>
public sealed record ComparisonView(VersionComparison Comparison, IReadOnlyList<ComparedPair> Pairs, IReadOnlyList<PairRun> Runs, bool CutShort)
{
    public IEnumerable<ComparedPair> Changes => Pairs.Where(p => p.IsChange);

    public static ComparisonView Of(KnowledgeStore store, string buildStamp, ComparisonCache cache, ComparedVersions versions)
    {
        var from = store.Provisions(versions.Slug, versions.From.Label, versions.Language);
        var to = store.Provisions(versions.Slug, versions.To.Label, versions.Language);
        var key = new ComparisonKey(buildStamp, versions.Slug, versions.From.Label, versions.To.Label, versions.Language, versions.Options);
        var comparison = cache.GetOrCompute(key, () => ProvisionAligner.Compare(from, to, versions.Options));

        var fromByEId = from.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var toByEId = to.ToDictionary(p => p.EId, StringComparer.Ordinal);
        var pairs = new List<ComparedPair>(comparison.Changes.Count);
        var changeNumber = 0;
        // One deadline for every word diff of the page: many long rewritten articles cost the page one budget, not one each.
        var deadline = WordDiff.PageDeadline();
        foreach (var change in comparison.Changes)
        {
            var fromProvision = change.FromEId is { } f ? fromByEId.GetValueOrDefault(f) : null;
            var toProvision = change.ToEId is { } t ? toByEId.GetValueOrDefault(t) : null;
            var isChange = change.Kind != ChangeKind.Unchanged;
            // An unchanged pair is shown as it reads now, so it is not diffed.
            var diff = isChange
                ? WordDiff.Default.Compare(fromProvision?.Text ?? "", toProvision?.Text ?? "", deadline)
                : new TextDiff([new DiffRun(DiffRunKind.Unchanged, (toProvision ?? fromProvision)?.Text ?? "")], Replaced: false);
            pairs.Add(new ComparedPair(change, fromProvision, toProvision, diff, isChange ? ++changeNumber : null));
        }
        var cutShort = comparison.Curtailed || Stopwatch.GetTimestamp() >= deadline;
        return new ComparisonView(comparison, pairs, PairRun.Of(pairs), cutShort);
    }
}
