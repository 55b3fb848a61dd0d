using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Core.Search.Collecting;

/// <summary>The values of the index's doc-values fields as strings, each decoded once for the life of the reader.</summary>
/// <remarks>
/// A published index never changes, so a value's string can be kept: facet counts and the direct answer would otherwise
/// decode the same slugs and titles (thousands per query at national scale) on every search.
/// Thread-safe: racing searches at most decode a value twice and store equal strings.
/// </remarks>
internal sealed class DocValueStrings
{
    private readonly ConcurrentDictionary<(object Segment, string Field), string?[]> _decoded = new();

    /// <param name="values">The segment's values of <paramref name="field"/>, as the calling thread got them from <paramref name="segment"/>.</param>
    public string Get(AtomicReader segment, string field, SortedDocValues values, int ord)
    {
        var decoded = _decoded.GetOrAdd((segment.CoreCacheKey, field), static (_, count) => new string?[count], values.ValueCount);
        if (decoded[ord] is { } known)
            return known;
        var term = new BytesRef();
        values.LookupOrd(ord, term);
        return decoded[ord] = term.Utf8ToString();
    }
}
