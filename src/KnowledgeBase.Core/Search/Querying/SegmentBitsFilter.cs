using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>A filter whose documents are worked out once per index segment and kept as a bit set while the segment is open.</summary>
/// <remarks>
/// For the scopes every search asks for (the newest versions, what the public may see). Built per query, the scope was a
/// term query walked side by side with the query ("leap-frog", a tenth of a national search). A bit set answers "is this
/// document in scope?" at random, so the searcher hands it down to the query's own postings as the documents to accept,
/// and a word found in 47,000 documents is scored only where it is in scope. Lucene's <c>CachingWrapperFilter</c> keeps a
/// compressed set that cannot answer at random, which is why it bought nothing when tried. A segment's set costs one bit
/// per document (34 KB for the national corpus) and goes with the segment.
/// </remarks>
internal sealed class SegmentBitsFilter(Filter documents) : Filter
{
    private readonly ConditionalWeakTable<object, FixedBitSet> _bySegment = [];

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var segment = context.AtomicReader.CoreCacheKey;
        if (!_bySegment.TryGetValue(segment, out var bits))
        {
            bits = Read(context);
            // Racing searches may both read a new segment: the sets are equal, the first one stays.
            bits = _bySegment.GetValue(segment, _ => bits);
        }
        // Deleted documents are the caller's to leave out (acceptDocs), as for any filter; the set is kept without them.
        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }

    private FixedBitSet Read(AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        if (documents.GetDocIdSet(context, null)?.GetIterator() is { } matching)
            bits.Or(matching);
        return bits;
    }

    public override string ToString() => $"SegmentBitsFilter({documents})";
}
