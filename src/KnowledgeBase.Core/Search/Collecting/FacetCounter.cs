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
    /// A national query counts thousands of instruments (<c>"règlement grand-ducal"</c>: some ten thousand), and sorting
    /// them was a tenth of its time. Counts are small numbers, so the values are placed by counting instead: how many values
    /// have each count gives where each count's run starts, and walking the values in ordinal order fills each run in that
    /// order, the same order a sort on (count descending, ordinal) gives, in time linear in the values and the largest count.
    /// </remarks>
    public FacetValue[] Ranked()
    {
        var values = Math.Min(_field.Values.Length, _counts.Length);
        var counted = 0;
        var largest = 0;
        for (var number = 0; number < values; number++)
        {
            if (_counts[number] > 0)
            {
                counted++;
                largest = Math.Max(largest, _counts[number]);
            }
        }
        // Where the run of each count starts, the largest count first.
        var starts = ArrayPool<int>.Shared.Rent(largest + 1);
        Array.Clear(starts, 0, largest + 1);
        for (var number = 0; number < values; number++)
            starts[_counts[number]]++;
        for (int count = largest, next = 0; count > 0; count--)
            (starts[count], next) = (next, next + starts[count]);
        var ranked = new FacetValue[counted];
        for (var number = 0; number < values; number++)
        {
            if (_counts[number] is var count and > 0)
                ranked[starts[count]++] = new FacetValue(_field.Values[number], count);
        }
        ArrayPool<int>.Shared.Return(starts);
        ArrayPool<int>.Shared.Return(_counts);
        _counts = [];
        return ranked;
    }
}
