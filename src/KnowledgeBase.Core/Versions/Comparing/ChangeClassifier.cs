namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Says what happened to each aligned pair: the first that applies of split, merged, moved, renumbered, modified, unchanged.</summary>
/// <remarks>
/// A move is a change of container: the article's chapter (or the chapter's section) is not the counterpart of the one it
/// stood in. A part is renumbered only when its number below the article changed, so renumbering an article does not
/// count each of its parts again. With renumbering ignored, a renumbered provision is unchanged or modified by its text.
/// </remarks>
internal sealed class ChangeClassifier(ComparedText fromText, ComparedText toText, Alignment alignment, ComparisonOptions options)
{
    public ProvisionChange Classify(string? fromEId, string? toEId)
    {
        var from = fromEId is null ? null : fromText[fromEId];
        var to = toEId is null ? null : toText[toEId];
        if (from is null)
            return new ProvisionChange(ChangeKind.Added, null, to!.EId, null, to.Stored.Num, null);
        if (to is null)
            return new ProvisionChange(ChangeKind.Removed, from.EId, null, from.Stored.Num, null, null);

        var same = ReadingComparer.Same(from.Reading, to.Reading, options);
        var similarity = same ? 1 : Similarity(from, to);
        return new ProvisionChange(KindOf(from, to, same), from.EId, to.EId, from.Stored.Num, to.Stored.Num, similarity);
    }

    /// <summary>How alike the texts read in the form the options compare them; never 1 for texts that differ (in punctuation, say).</summary>
    /// <remarks>
    /// Spacing, line breaks and punctuation never change the words, so unless cited numbers are masked the words are the
    /// readings' own; only those between the two readings' common ends are looked up (<see cref="WordBag.SimilarityOf"/>).
    /// </remarks>
    private double Similarity(ComparedProvision from, ComparedProvision to)
    {
        var similarity = options.IgnoreRenumbering
            ? WordBag.SimilarityOf(ReadingComparer.Form(from.Reading, options), ReadingComparer.Form(to.Reading, options))
            : WordBag.SimilarityOf(from.Reading, to.Reading);
        return Math.Min(0.99, Math.Round(similarity, 2));
    }

    private ChangeKind KindOf(ComparedProvision from, ComparedProvision to, bool same)
    {
        if (alignment.WasSplit(from.EId) || alignment.SplitSourceOf(to.EId) is not null)
            return ChangeKind.Split;
        if (alignment.WasMergedInto(to.EId) || alignment.MergeTargetOf(from.EId) is not null)
            return ChangeKind.Merged;
        if (!from.IsPart && Moved(from, to))
            return ChangeKind.Moved;
        if (from.RelativeNum != to.RelativeNum && !options.IgnoreRenumbering)
            return ChangeKind.Renumbered;
        return same ? ChangeKind.Unchanged : ChangeKind.Modified;
    }

    private bool Moved(ComparedProvision from, ComparedProvision to) =>
        from.ContainerEId is null
            ? to.ContainerEId is not null
            : alignment.ToOf(from.ContainerEId) != to.ContainerEId;
}
