using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>The <see cref="FacetField"/>s of one open index, each read at its first use and kept while the reader is open.</summary>
/// <remarks>Thread-safe: concurrent first searches wait for one read of a field rather than each reading it.</remarks>
internal sealed class FacetFields(IndexReader reader)
{
    private readonly ConcurrentDictionary<string, Lazy<FacetField>> _fields = new(StringComparer.Ordinal);

    public FacetField this[string field] =>
        _fields.GetOrAdd(field, static (name, index) => new Lazy<FacetField>(() => FacetField.Read(index, name)), reader).Value;
}
