namespace KnowledgeBase.Site.Comparing;

/// <summary>A stretch of the comparison: one changed pair, or a run of unchanged ones that the page folds away.</summary>
public sealed record PairRun(IReadOnlyList<ComparedPair> Pairs)
{
    public bool IsUnchanged => !Pairs[0].IsChange;

    /// <summary>Consecutive unchanged pairs go together; each changed pair stands alone.</summary>
    public static IReadOnlyList<PairRun> Of(IReadOnlyList<ComparedPair> pairs)
    {
        var runs = new List<PairRun>();
        var unchanged = new List<ComparedPair>();
        foreach (var pair in pairs)
        {
            if (!pair.IsChange)
            {
                unchanged.Add(pair);
                continue;
            }
            if (unchanged.Count > 0)
                runs.Add(new PairRun([.. unchanged]));
            unchanged.Clear();
            runs.Add(new PairRun([pair]));
        }
        if (unchanged.Count > 0)
            runs.Add(new PairRun([.. unchanged]));
        return runs;
    }
}
