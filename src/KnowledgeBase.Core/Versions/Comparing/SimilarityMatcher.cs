namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs what is left by how alike the texts read, the most alike first, above a floor below which two texts are unrelated.</summary>
/// <remarks>
/// Every left-over earlier provision is weighed against every later one, so this is the one step whose cost grows with the
/// square of what is left: texts whose word counts alone rule out the floor are never masked or counted word by word. When
/// the <see cref="ComparisonBudget"/> is spent before every pair is weighed, nothing is paired: the most alike pairs of a part
/// of the candidates need not be the most alike of all, and a comparison cut short pairs only what the full one pairs.
/// </remarks>
internal sealed class SimilarityMatcher(ComparisonBudget budget, double floor = SimilarityMatcher.DefaultFloor) : IProvisionMatcher
{
    public const double DefaultFloor = 0.5;

    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment)
    {
        var later = to.Where(p => !alignment.HasTo(p)).ToList();
        if (later.Count == 0)
            return;
        var candidates = new List<(ComparedProvision A, ComparedProvision B, double Similarity)>();
        foreach (var a in from.Where(p => !alignment.HasFrom(p)))
        {
            foreach (var b in later)
            {
                // Sized by the word counts, which the bags would have: most candidates are ruled out before being masked and counted.
                if (a.Kind != b.Kind || WordBag.MostSimilarity(a.WordCounts.Words, b.WordCounts.Words) < floor)
                    continue;
                // Weighing a pair may mask and count both texts for the first time, so the budget is asked before each.
                if (budget.Spent())
                    return;
                var similarity = a.Bag.Similarity(b.Bag);
                if (similarity >= floor)
                    candidates.Add((a, b, similarity));
            }
        }
        // A stable sort, so equally alike pairs are taken in document order, as before.
        foreach (var (a, b, _) in candidates.OrderByDescending(c => c.Similarity))
            if (!alignment.HasFrom(a) && !alignment.HasTo(b))
                alignment.Pair(a, b);
    }
}
