namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>Runs every judged query against an index as the search page would, and scores the first ten hits.</summary>
/// <remarks>
/// A hit counts for at most one judged address and each address counts once: a second version of an article already
/// found is not relevant again, so duplicates push the next answer down as they do for a reader.
/// nDCG uses the exponential gain 2^grade − 1 and the log2 discount; the ideal ranking is the judged grades sorted.
/// </remarks>
public static class RelevanceEvaluator
{
    public const int Depth = 10;

    /// <param name="scope">The request each query is put in: the defaults (newest versions, every language) unless a scope is asked for.</param>
    public static RelevanceReport Evaluate(SearchIndex index, JudgedQuerySet judged, SearchRequest? scope = null)
    {
        scope ??= new SearchRequest("");
        var outcomes = judged.Queries.Select(q => Evaluate(index, q, scope)).ToList();
        return new RelevanceReport(outcomes);
    }

    public static QueryOutcome Evaluate(SearchIndex index, JudgedQuery judged, SearchRequest scope)
    {
        IReadOnlyList<SearchHit> hits;
        string? refused = null;
        try
        {
            hits = index.Search(scope with { Query = judged.Query, Page = 1, PageSize = Depth }).Hits;
        }
        catch (InvalidSearchQueryException invalid)
        {
            hits = [];
            refused = invalid.Message;
        }
        return Score(judged, hits, refused);
    }

    public static QueryOutcome Score(JudgedQuery judged, IReadOnlyList<SearchHit> hits, string? refused = null)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var firstRank = 0;
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(hits.Count, Depth); i++)
        {
            var address = HitAddress.Judged(hits[i], judged.Relevant);
            if (address is null || !found.Add(address))
                continue;
            if (firstRank == 0)
                firstRank = i + 1;
            dcg += Gain(judged.Relevant[address], i);
        }
        var ideal = judged.Relevant.Values.OrderDescending().Take(Depth).Select(Gain).Sum();
        var missed = judged.Relevant.Where(r => !found.Contains(r.Key)).OrderByDescending(r => r.Value).Select(r => r.Key).ToList();
        return new QueryOutcome(
            judged,
            firstRank == 0 ? 0 : 1.0 / firstRank,
            ideal == 0 ? 0 : dcg / ideal,
            judged.Relevant.Count == 0 ? 0 : (double)found.Count / judged.Relevant.Count,
            missed,
            [.. hits.Take(Depth).Select(h => HitAddress.Of(h.Slug, h.EId))],
            refused);
    }

    private static double Gain(int grade, int index) => (Math.Pow(2, grade) - 1) / Math.Log2(index + 2);
}
