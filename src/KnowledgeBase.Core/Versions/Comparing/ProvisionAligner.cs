using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Aligns two versions of one text provision by provision and says what happened to each.</summary>
/// <remarks>
/// Sections, chapters and articles are aligned first, by the surest evidence first: the stable key, then identical text
/// (heading included), then number and heading, then a heading no other provision shares, then text similarity; what is still alone may have been
/// split off from, or merged into, an aligned provision. Parts are then aligned inside each aligned pair of articles (a part
/// of a split article may have moved to the new one), by identical text first, so a part pushed down by an insertion
/// (45.1.3 became 45.1.4) is not taken for the inserted one. Pure over stored provisions.
/// </remarks>
public static class ProvisionAligner
{
    public static VersionComparison Compare(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to, ComparisonOptions? options = null)
    {
        var fromText = new ComparedText(from);
        var toText = new ComparedText(to);
        var alignment = new Alignment();

        IProvisionMatcher[] structure = [new KeyMatcher(), new IdenticalTextMatcher(), new NumberMatcher(), new HeadingMatcher(), new SimilarityMatcher(), new SplitMergeMatcher(toText)];
        var fromDivisions = fromText.Provisions.Where(p => !p.IsPart).ToList();
        var toDivisions = toText.Provisions.Where(p => !p.IsPart).ToList();
        foreach (var matcher in structure)
            matcher.Match(fromDivisions, toDivisions, alignment);

        IProvisionMatcher[] parts = [new IdenticalTextMatcher(), new NumberMatcher(), new SimilarityMatcher()];
        foreach (var (fromArticle, toArticle) in alignment.Links().ToList())
            foreach (var matcher in parts)
                matcher.Match(fromText.PartsOf(fromArticle), toText.PartsOf(toArticle), alignment);

        return VersionComparison.Of(ChangeOrder.Of(fromText, toText, alignment, new ChangeClassifier(fromText, toText, alignment, options ?? ComparisonOptions.Exact)));
    }
}
