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
/// The whole comparison runs within a <see cref="ComparisonBudget"/>: a step that reads words (identical text with citations
/// masked, headless numbers weighed by likeness, similarity, splits and merges) asks it before each unit of work, and once it
/// is spent, that step keeps only decisions the rest of its work cannot change and no later step pairs anything (but the
/// identical parts of articles already paired). So a comparison cut short pairs only what the full comparison pairs, lists
/// the rest added or removed, and says it was <see cref="VersionComparison.Curtailed"/>.
/// </para>
/// </remarks>
public static class ProvisionAligner
{
    /// <summary>Complete, however long it takes (<see cref="ComparisonBudget.None"/>); a request passes its own budget.</summary>
    public static VersionComparison Compare(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to, ComparisonOptions? options = null) =>
        Compare(from, to, options, ComparisonBudget.None);

    /// <param name="budget">How long from now the comparison may read words before its costly steps are skipped.</param>
    public static VersionComparison Compare(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to, ComparisonOptions? options, TimeSpan budget) =>
        Compare(from, to, options, ComparisonBudget.Of(budget, budget));

    /// <param name="spending">The deadline of the whole comparison, which the caller's word diffs share.</param>
    public static VersionComparison Compare(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to, ComparisonOptions? options, ComparisonBudget spending)
    {
        var fromText = new ComparedText(from);
        var toText = new ComparedText(to);
        var alignment = new Alignment();

        IProvisionMatcher[] structure = [new KeyMatcher(), new IdenticalTextMatcher(spending), new NumberMatcher(spending), new HeadingMatcher(), new SimilarityMatcher(spending), new SplitMergeMatcher(toText, spending)];
        var fromDivisions = fromText.Provisions.Where(p => !p.IsPart).ToList();
        var toDivisions = toText.Provisions.Where(p => !p.IsPart).ToList();
        // Once a step has skipped work for want of time, no later step pairs anything: it could pair what the skipped work
        // would have paired otherwise, and a comparison cut short must pair only what the full comparison pairs.
        foreach (var matcher in structure.TakeWhile(_ => !spending.Curtailed))
            matcher.Match(fromDivisions, toDivisions, alignment);

        // Parts are matched inside each link, identity pairs first. An article is in one identity pair at most, so the identical
        // parts of an identity pair are found as the full comparison finds them even once time is out; a split or merge link
        // shares an article with an identity pair, whose skipped steps might have taken some of its parts, so it is left alone.
        var partsIdentical = new IdenticalTextMatcher(spending);
        IProvisionMatcher[] parts = [partsIdentical, new NumberMatcher(spending), new SimilarityMatcher(spending)];
        foreach (var (fromArticle, toArticle) in alignment.Links().ToList())
        {
            var identity = alignment.ToOf(fromArticle) == toArticle;
            foreach (var matcher in parts.TakeWhile(m => !spending.Curtailed || (identity && m == partsIdentical)))
                matcher.Match(fromText.PartsOf(fromArticle), toText.PartsOf(toArticle), alignment);
        }

        var changes = ChangeOrder.Of(fromText, toText, alignment, new ChangeClassifier(fromText, toText, alignment, options ?? ComparisonOptions.Exact));
        return VersionComparison.Of(changes) with { Curtailed = spending.Curtailed };
    }
}
