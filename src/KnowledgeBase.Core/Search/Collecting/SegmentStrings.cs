using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>A doc-values field of one segment read as strings, each value decoded once however many hits share it.</summary>
internal sealed class SegmentStrings(AtomicReader reader, string field)
{
    private readonly SortedDocValues? _values = reader.GetSortedDocValues(field);
    private readonly BytesRef _term = new();
    private string?[] _decoded = [];

    public string Get(int doc)
    {
        if (_values is null || _values.GetOrd(doc) is not (int ord and >= 0))
            return "";
        if (_decoded.Length == 0)
            _decoded = new string?[_values.ValueCount];
        if (_decoded[ord] is { } known)
            return known;
        _values.LookupOrd(ord, _term);
        return _decoded[ord] = _term.Utf8ToString();
    }
}
