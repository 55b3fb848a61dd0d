namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs provisions that read word for word the same (cited numbers aside): a part pushed down by an insertion.</summary>
/// <remarks>
/// Readings equal to the character are paired first, by their hash alone: between consecutive versions of a code nearly
/// every provision is, and none of them then pays for lower-casing its words and masking its citations. Only the rest are
/// compared by <see cref="ComparedProvision.MatchingText"/>, which lower-cases and masks each whole text, and only those whose
/// <see cref="ComparedProvision.WordCounts"/> and <see cref="ComparedProvision.MaskedHash"/> a text on the other side shares
/// (an amended article rarely keeps its words, so almost none is masked); that second pass pairs nothing if the <see cref="ComparisonBudget"/> is spent before every candidate is masked
/// (a value unique among some candidates need not be unique among all).
/// </remarks>
internal sealed class IdenticalTextMatcher(ComparisonBudget budget) : IProvisionMatcher
{
    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment)
    {
        UniquePairing.Pair(from, to, alignment, p => p.Reading);
        var earlier = from.Where(p => !alignment.HasFrom(p)).ToList();
        var later = to.Where(p => !alignment.HasTo(p)).ToList();
        if (earlier.Count == 0 || later.Count == 0 || budget.Spent())
            return;
        // Only texts whose word counts and digit-blind hash some text on the other side shares can read the same once masked, so
        // only they are masked.
        var earlierKeys = earlier.Select(p => (p.WordCounts, p.MaskedHash)).ToHashSet();
        var laterKeys = later.Select(p => (p.WordCounts, p.MaskedHash)).ToHashSet();
        List<ComparedProvision> earlierCandidates = [.. earlier.Where(p => laterKeys.Contains((p.WordCounts, p.MaskedHash)))];
        List<ComparedProvision> laterCandidates = [.. later.Where(p => earlierKeys.Contains((p.WordCounts, p.MaskedHash)))];
        // Masking is the costly part: each candidate is masked first, the budget asked before each.
        foreach (var candidate in earlierCandidates.Concat(laterCandidates))
        {
            if (budget.Spent())
                return;
            _ = candidate.MatchingText;
        }
        UniquePairing.Pair(earlierCandidates, laterCandidates, alignment, p => p.MatchingText);
    }
}
