using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Aligns two versions of one text provision by provision and says what happened to each.</summary>
/// <remarks>
/// Sections, chapters and articles are aligned first, by the surest evidence first: the stable key, then identical text
/// (heading included), then number and heading, then a heading no other provision shares, then text similarity; what is still alone may have been
/// split off from, or merged into, an aligned provision. Parts are then aligned inside each aligned pair of articles (a part
/// of a split article may have moved to the new one), by identical text first, so a part pushed down by an insertion
/// (45.1.3 became 45.1.4) is not taken for the inserted one. Pure over stored provisions.
/// <para>
/// The whole comparison runs within a time budget (<see cref="DefaultBudget"/>): past it, every step that reads words
/// (identical text with citations masked, headless numbers weighed by likeness, similarity, splits and merges) is skipped,
/// so what keys, identical readings, numbers with headings and headings did not pair is shown added or removed, and the
/// comparison says it was <see cref="VersionComparison.Curtailed"/>.
/// </para>
/// </remarks>
public static class ProvisionAligner
{
    /// <summary>
    /// Enough for most consecutive pairs of a national code (see bench/README.md); with the page's word diffs
    /// (<see cref="WordDiff.DefaultPageBudget"/>) and the ordering and classifying after it, a comparison page aims at 250 ms.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromMilliseconds(120);

    public static VersionComparison Compare(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to, ComparisonOptions? options = null) =>
        Compare(from, to, options, DefaultBudget);

    /// <param name="budget">How long the whole comparison may take before its costly steps are skipped.</param>
    public static VersionComparison Compare(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to, ComparisonOptions? options, TimeSpan budget)
    {
        var spending = new ComparisonBudget(budget);
        var fromText = new ComparedText(from);
        var toText = new ComparedText(to);
        var alignment = new Alignment();

        IProvisionMatcher[] structure = [new KeyMatcher(), new IdenticalTextMatcher(spending), new NumberMatcher(spending), new HeadingMatcher(), new SimilarityMatcher(spending), new SplitMergeMatcher(toText, spending)];
        var fromDivisions = fromText.Provisions.Where(p => !p.IsPart).ToList();
        var toDivisions = toText.Provisions.Where(p => !p.IsPart).ToList();
        foreach (var matcher in structure)
            matcher.Match(fromDivisions, toDivisions, alignment);

        IProvisionMatcher[] parts = [new IdenticalTextMatcher(spending), new NumberMatcher(spending), new SimilarityMatcher(spending)];
        foreach (var (fromArticle, toArticle) in alignment.Links().ToList())
            foreach (var matcher in parts)
                matcher.Match(fromText.PartsOf(fromArticle), toText.PartsOf(toArticle), alignment);

        var changes = ChangeOrder.Of(fromText, toText, alignment, new ChangeClassifier(fromText, toText, alignment, options ?? ComparisonOptions.Exact));
        return VersionComparison.Of(changes) with { Curtailed = spending.Curtailed };
    }
}
