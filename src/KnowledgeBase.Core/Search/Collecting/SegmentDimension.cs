using KnowledgeBase.Core.Search.Facets;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>One filter within one index segment: whether a document passes it, and the count of each value seen.</summary>
/// <remarks>Works on the segment's value numbers (ords), so a hit costs an array lookup; strings are made once per value at the end.</remarks>
internal sealed class SegmentDimension
{
    private const int Nothing = -2;

    private readonly AtomicReader _reader;
    private readonly string _field;
    private readonly DocValueStrings _strings;
    private readonly SortedDocValues? _values;
    private readonly bool _filters;
    private readonly int _wanted;
    private readonly int[] _counts;

    public SegmentDimension(AtomicReader reader, FacetDimension dimension, DocValueStrings strings)
    {
        _reader = reader;
        _field = dimension.Field;
        _strings = strings;
        _values = reader.GetSortedDocValues(dimension.Field);
        _filters = dimension.Selected is not null;
        // A value absent from this segment (or a segment without the field) matches nothing here.
        _wanted = dimension.Selected is { } selected && _values is not null && _values.LookupTerm(new BytesRef(selected)) is var ord and >= 0
            ? ord
            : Nothing;
        _counts = new int[_values?.ValueCount ?? 0];
    }

    public bool Accepts(int doc) => !_filters || (_values is not null && _values.GetOrd(doc) == _wanted);

    public void Count(int doc)
    {
        if (_values?.GetOrd(doc) is int ord and >= 0)
            _counts[ord]++;
    }

    public void AddTo(Dictionary<string, int> totals)
    {
        if (_values is null)
            return;
        for (var ord = 0; ord < _counts.Length; ord++)
        {
            if (_counts[ord] == 0)
                continue;
            var value = _strings.Get(_reader, _field, _values, ord);
            totals[value] = totals.GetValueOrDefault(value) + _counts[ord];
        }
    }
}
