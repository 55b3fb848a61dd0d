namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Recognises a new provision made of what an aligned one lost (a split), and an old one absorbed into what an aligned one gained (a merge).</summary>
/// <remarks>
/// Article 69 of the draft became Articles 69 and 70: 69 kept its key, and 70 reads as the parts 69 lost. Comparing the new
/// article with what was lost, not with the whole of 69, keeps a short article of common words from looking split off from
/// every long one. Each left-over provision is weighed against every changed pair, so the search stops when the
/// <see cref="ComparisonBudget"/> is spent: what is still alone is then shown added or removed.
/// </remarks>
internal sealed class SplitMergeMatcher(ComparedText toText, ComparisonBudget budget) : IProvisionMatcher
{
    private const double Containment = 0.6;

    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment)
    {
        var added = to.Where(p => !alignment.HasTo(p)).ToList();
        var removed = from.Where(p => !alignment.HasFrom(p)).ToList();
        if (added.Count == 0 && removed.Count == 0)
            return;

        // A pair that reads word for word the same lost and gained nothing, so only changed pairs can explain a split or merge;
        // equal readings are ruled out by an ordinal comparison, before any of their words are counted.
        // Readings whose word counts differ cannot mask to the same text, so only the others are masked to be compared. Each pair
        // may mask two texts, so the budget is asked before each; every decision below rests on all of them.
        var paired = new List<(ComparedProvision From, ComparedProvision To)>();
        foreach (var (earlier, later) in from.Where(p => alignment.ToOf(p.EId) is not null).Select(p => (p, toText[alignment.ToOf(p.EId)!])))
        {
            if (string.Equals(earlier.Reading, later.Reading, StringComparison.Ordinal))
                continue;
            if (budget.Spent())
                return;
            if (earlier.WordCounts != later.WordCounts || !string.Equals(earlier.MatchingText, later.MatchingText, StringComparison.Ordinal))
                paired.Add((earlier, later));
        }

        // What each pair lost and gained is counted only when something is left to explain: usually nothing is. Each new
        // provision is weighed on its own, so one weighed before the budget ran out is linked as the full comparison links it.
        if (added.Count > 0 && paired.Count > 0)
        {
            var lost = new List<(ComparedProvision From, WordBag Lost)>(paired.Count);
            foreach (var p in paired)
            {
                if (budget.Spent())
                    return;
                lost.Add((p.From, p.From.Bag.Without(p.To.Bag)));
            }
            foreach (var provision in added.TakeWhile(_ => !budget.Spent()))
                if (Best(provision, lost.Where(l => l.From.Kind == provision.Kind).Select(l => (l.From, l.Lost))) is { } source)
                    alignment.SplitOff(source, provision);
        }

        if (removed.Count > 0 && paired.Count > 0)
        {
            var gained = new List<(ComparedProvision To, WordBag Gained)>(paired.Count);
            foreach (var p in paired)
            {
                if (budget.Spent())
                    return;
                gained.Add((p.To, p.To.Bag.Without(p.From.Bag)));
            }
            foreach (var provision in removed.TakeWhile(_ => !budget.Spent()))
                if (Best(provision, gained.Where(g => g.To.Kind == provision.Kind).Select(g => (g.To, g.Gained))) is { } target)
                    alignment.MergeInto(provision, target);
        }
    }

    private static ComparedProvision? Best(ComparedProvision provision, IEnumerable<(ComparedProvision Other, WordBag Words)> candidates) =>
        candidates
            // A text shorter than the share asked for cannot contain that share of the provision: not worth counting.
            .Where(c => c.Words.Total >= Containment * provision.Bag.Total)
            .Select(c => (c.Other, Share: provision.Bag.ContainedIn(c.Words)))
            .Where(c => c.Share >= Containment)
            .OrderByDescending(c => c.Share)
            .Select(c => c.Other)
            .FirstOrDefault();
}
