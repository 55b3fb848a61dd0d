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
internal sealed class FacetingCollector(IReadOnlyList<FacetDimension> dimensions, ICollector matches, FacetFields fields) : ICollector
{
    private readonly FacetCounter[] _counters = [.. dimensions.Select(d => new FacetCounter(fields[d.Field], d.Selected))];

    /// <summary>Documents that passed every filter.</summary>
    public int Matches { get; private set; }

    // In order: the top-hits collector breaks ties between equal scores by document order.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => matches.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var counter in _counters)
            counter.MoveTo(context.Ord);
        matches.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var d = 0; d < _counters.Length; d++)
        {
            if (_counters[d].Accepts(doc))
                continue;
            if (failed >= 0)
                return;
            failed = d;
        }
        if (failed >= 0)
        {
            _counters[failed].Count(doc);
            return;
        }
        foreach (var counter in _counters)
            counter.Count(doc);
        Matches++;
        matches.Collect(doc);
    }

    public SearchFacets Facets() => new(_counters[0].Ranked(), _counters[1].Ranked(), _counters[2].Ranked(), _counters[3].Ranked());
}
