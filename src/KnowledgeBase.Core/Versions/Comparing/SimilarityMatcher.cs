namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs what is left by how alike the texts read, the most alike first, above a floor below which two texts are unrelated.</summary>
/// <remarks>
/// Every left-over earlier provision is weighed against every later one, so this is the one step whose cost grows with the
/// square of what is left: texts whose lengths alone rule out the floor are never counted word by word, and the weighing stops
/// when the <see cref="ComparisonBudget"/> is spent (what it found so far is still paired).
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
            if (budget.Spent())
                break;
            foreach (var b in later)
            {
                if (a.Kind != b.Kind || a.Bag.MostSimilarity(b.Bag) < floor)
                    continue;
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
