namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs what is left by how alike the texts read, the most alike first, above a floor below which two texts are unrelated.</summary>
internal sealed class SimilarityMatcher(double floor = SimilarityMatcher.DefaultFloor) : IProvisionMatcher
{
    public const double DefaultFloor = 0.5;

    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment)
    {
        var earlier = from.Where(p => !alignment.HasFrom(p)).ToList();
        var later = to.Where(p => !alignment.HasTo(p)).ToList();
        var candidates =
            from a in earlier
            from b in later
            where a.Kind == b.Kind
            let similarity = a.Bag.Similarity(b.Bag)
            where similarity >= floor
            orderby similarity descending
            select (a, b);
        foreach (var (a, b) in candidates.ToList())
            if (!alignment.HasFrom(a) && !alignment.HasTo(b))
                alignment.Pair(a, b);
    }
}
