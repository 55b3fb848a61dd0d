namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Recognises a new provision made of what an aligned one lost (a split), and an old one absorbed into what an aligned one gained (a merge).</summary>
/// <remarks>
/// Article 69 of the draft became Articles 69 and 70: 69 kept its key, and 70 reads as the parts 69 lost. Comparing the new
/// article with what was lost, not with the whole of 69, keeps a short article of common words from looking split off from
/// every long one.
/// </remarks>
internal sealed class SplitMergeMatcher(ComparedText toText) : IProvisionMatcher
{
    private const double Containment = 0.6;

    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment)
    {
        var paired = from.Where(p => alignment.ToOf(p.EId) is not null).Select(p => (From: p, To: toText[alignment.ToOf(p.EId)!])).ToList();

        var lost = paired.Select(p => (p.From, Lost: p.From.Bag.Without(p.To.Bag))).ToList();
        foreach (var added in to.Where(p => !alignment.HasTo(p)))
            if (Best(added, lost.Where(l => l.From.Kind == added.Kind).Select(l => (l.From, l.Lost))) is { } source)
                alignment.SplitOff(source, added);

        var gained = paired.Select(p => (p.To, Gained: p.To.Bag.Without(p.From.Bag))).ToList();
        foreach (var removed in from.Where(p => !alignment.HasFrom(p)))
            if (Best(removed, gained.Where(g => g.To.Kind == removed.Kind).Select(g => (g.To, g.Gained))) is { } target)
                alignment.MergeInto(removed, target);
    }

    private static ComparedProvision? Best(ComparedProvision provision, IEnumerable<(ComparedProvision Other, WordBag Words)> candidates) =>
        candidates
            .Select(c => (c.Other, Share: provision.Bag.ContainedIn(c.Words)))
            .Where(c => c.Share >= Containment)
            .OrderByDescending(c => c.Share)
            .Select(c => c.Other)
            .FirstOrDefault();
}
