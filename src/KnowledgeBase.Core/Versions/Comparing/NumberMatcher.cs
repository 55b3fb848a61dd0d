namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs provisions that kept their number and heading.</summary>
/// <remarks>
/// A part (or an article) without a heading may be one inserted before the provision that had its number: the new 45.1.3
/// pushed the old 45.1.3 down. So without a heading, a number pairs provisions only when their texts are also alike, which
/// is not weighed once the <see cref="ComparisonBudget"/> is spent: they are then shown removed and added.
/// </remarks>
internal sealed class NumberMatcher(ComparisonBudget budget) : IProvisionMatcher
{
    private const double HeadlessSimilarity = 0.5;

    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment) =>
        UniquePairing.Pair(from, to, alignment,
            p => p.IsPart ? p.RelativeNum : $"{p.RelativeNum}\u0000{Headings.Normalized(p.Heading)}",
            (a, b) => !string.IsNullOrEmpty(a.Heading)
                || (WordBag.MostSimilarity(a.WordCounts.Words, b.WordCounts.Words) >= HeadlessSimilarity && !budget.Spent() && a.Bag.Similarity(b.Bag) >= HeadlessSimilarity));
}
