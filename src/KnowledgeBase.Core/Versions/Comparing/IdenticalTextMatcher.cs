namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs provisions that read word for word the same (cited numbers aside): a part pushed down by an insertion.</summary>
/// <remarks>
/// Readings equal to the character are paired first, by their hash alone: between consecutive versions of a code nearly
/// every provision is, and none of them then pays for lower-casing its words and masking its citations. Only the rest are
/// compared by <see cref="ComparedProvision.MatchingText"/>, which lower-cases and masks each whole text: that second pass is
/// skipped once the <see cref="ComparisonBudget"/> is spent.
/// </remarks>
internal sealed class IdenticalTextMatcher(ComparisonBudget budget) : IProvisionMatcher
{
    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment)
    {
        UniquePairing.Pair(from, to, alignment, p => p.Reading);
        if (from.Any(p => !alignment.HasFrom(p)) && to.Any(p => !alignment.HasTo(p)) && !budget.Spent())
            UniquePairing.Pair(from, to, alignment, p => p.MatchingText);
    }
}
