using KnowledgeBase.Core.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>
/// Applies the reader's filters to every document the query and scope match, passes those that meet all of them to
/// <c>matches</c>, and counts facets along the way.
/// </summary>
/// <remarks>
/// One pass serves the hits and every facet: a document that fails exactly one filter still counts for that filter's
/// values, which is what the reader would get by changing that filter alone; one that fails two counts nowhere.
/// </remarks>
internal sealed class FacetingCollector(IReadOnlyList<FacetDimension> dimensions, ICollector matches, DocValueStrings strings) : ICollector
{
    private readonly Dictionary<string, int>[] _totals = [.. dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private SegmentDimension[] _segment = [];

    /// <summary>Documents that passed every filter.</summary>
    public int Matches { get; private set; }

    // In order: the top-hits collector breaks ties between equal scores by document order.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => matches.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = [.. dimensions.Select(d => new SegmentDimension(context.AtomicReader, d, strings))];
        matches.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var d = 0; d < _segment.Length; d++)
        {
            if (_segment[d].Accepts(doc))
                continue;
            if (failed >= 0)
                return;
            failed = d;
        }
        if (failed >= 0)
        {
            _segment[failed].Count(doc);
            return;
        }
        foreach (var dimension in _segment)
            dimension.Count(doc);
        Matches++;
        matches.Collect(doc);
    }

    public SearchFacets Facets()
    {
        Flush();
        return new SearchFacets(Ranked(0), Ranked(1), Ranked(2), Ranked(3));
    }

    private void Flush()
    {
        for (var d = 0; d < _segment.Length; d++)
            _segment[d].AddTo(_totals[d]);
        _segment = [];
    }

    // A national query counts thousands of instruments: one array sort, not a LINQ ordering with two keys.
    private FacetValue[] Ranked(int dimension)
    {
        var ranked = _totals[dimension].Select(t => new FacetValue(t.Key, t.Value)).ToArray();
        Array.Sort(ranked, MostFirst);
        return ranked;
    }

    private static int MostFirst(FacetValue a, FacetValue b) =>
        a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value);
}
