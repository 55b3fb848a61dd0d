using System.Buffers;
using KnowledgeBase.Core.Search.Facets;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>One filter during one search: whether a document passes it, and how many hits each of its values has.</summary>
/// <remarks>Works on the index-wide value numbers of a <see cref="FacetField"/>, so a hit costs two array lookups; strings are only looked up for the values counted.</remarks>
internal sealed class FacetCounter
{
    // A value chosen that no document has: no document's number (not even None) equals it.
    private const int Nothing = -2;

    private readonly FacetField _field;
    private readonly bool _filters;
    private readonly int _wanted;
    private int[] _counts;
    private int[] _segment = [];

    public FacetCounter(FacetField field, string? selected)
    {
        _field = field;
        _filters = selected is not null;
        _wanted = selected is not null && field.NumberOf(selected) is var number and >= 0 ? number : Nothing;
        // Rented: the instrument facet alone is one count per instrument (20,000 at national scale) for every search.
        _counts = ArrayPool<int>.Shared.Rent(field.Values.Length);
        Array.Clear(_counts, 0, field.Values.Length);
    }

    /// <param name="leaf">The segment's <c>AtomicReaderContext.Ord</c>.</param>
    public void MoveTo(int leaf) => _segment = _field.NumbersOf(leaf);

    public bool Accepts(int doc) => !_filters || _segment[doc] == _wanted;

    public void Count(int doc)
    {
        if (_segment[doc] is var number and >= 0)
            _counts[number]++;
    }

    /// <summary>The values counted, most hits first, then in ordinal order of the value; called once, at the end of the search.</summary>
    /// <remarks>
    /// A national query counts thousands of instruments: the count and the value number (which is in ordinal order) are
    /// packed into one number and sorted as such, with no comparison delegate and no strings compared.
    /// </remarks>
    public FacetValue[] Ranked()
    {
        var values = Math.Min(_field.Values.Length, _counts.Length);
        var counted = 0;
        for (var number = 0; number < values; number++)
        {
            if (_counts[number] > 0)
                counted++;
        }
        var keys = new long[counted];
        var next = 0;
        for (var number = 0; number < values; number++)
        {
            if (_counts[number] > 0)
                keys[next++] = ((long)(int.MaxValue - _counts[number]) << 32) | (uint)number;
        }
        ArrayPool<int>.Shared.Return(_counts);
        _counts = [];
        Array.Sort(keys);
        var ranked = new FacetValue[counted];
        for (var i = 0; i < keys.Length; i++)
            ranked[i] = new FacetValue(_field.Values[(int)(keys[i] & uint.MaxValue)], int.MaxValue - (int)(keys[i] >> 32));
        return ranked;
    }
}
