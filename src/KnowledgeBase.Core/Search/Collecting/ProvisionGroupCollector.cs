using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>Collects matching documents into one group per provision (<see cref="IndexSchema.ProvisionGroup"/>), for "all versions" searches.</summary>
/// <remarks>Keeps a small record per group, not per document, so memory grows with the provisions found rather than their versions.</remarks>
internal sealed class ProvisionGroupCollector : ICollector
{
    private readonly Dictionary<string, ProvisionGroup> _groups = new(StringComparer.Ordinal);
    private Scorer? _scorer;
    private int _docBase;
    private SegmentStrings? _group;
    private SegmentStrings? _version;
    private SegmentStrings? _date;

    public int Count => _groups.Count;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _group = new SegmentStrings(context.AtomicReader, IndexSchema.ProvisionGroup);
        _version = new SegmentStrings(context.AtomicReader, IndexSchema.Version);
        _date = new SegmentStrings(context.AtomicReader, IndexSchema.Date);
    }

    public void Collect(int doc)
    {
        var score = _scorer!.GetScore();
        var key = _group!.Get(doc);
        var version = _version!.Get(doc);
        var date = _date!.Get(doc);
        if (_groups.TryGetValue(key, out var group))
            group.Add(_docBase + doc, score, date, version);
        else
            _groups.Add(key, new ProvisionGroup(_docBase + doc, score, date, version));
    }

    /// <summary>The groups of one page, best first: by score, then the newer version, then document order.</summary>
    public IReadOnlyList<ProvisionGroup> Page(int skip, int take) =>
        [.. _groups.Values
            .OrderByDescending(g => g.BestScore)
            .ThenByDescending(g => g.BestDate, StringComparer.Ordinal)
            .ThenBy(g => g.BestDoc)
            .Skip(skip)
            .Take(take)];
}
