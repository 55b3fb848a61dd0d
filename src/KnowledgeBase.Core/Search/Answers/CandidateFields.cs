using Lucene.Net.Index;
using Lucene.Net.Search;
using KnowledgeBase.Core.Search.Collecting;

namespace KnowledgeBase.Core.Search.Answers;

/// <summary>Reads a document's short fields from doc values rather than from its stored fields.</summary>
/// <remarks>
/// In a national corpus <c>article 5</c> has a thousand candidate documents; loading each one's stored fields decompresses
/// a block of the store per document (tens of milliseconds in all), while a doc-values lookup is an array read.
/// Not thread-safe: one per search.
/// </remarks>
internal sealed class CandidateFields(IndexSearcher searcher, DocValueStrings strings)
{
    private static readonly HashSet<string> TitleOnly = [IndexSchema.InstrumentTitle];

    private readonly IList<AtomicReaderContext> _leaves = searcher.IndexReader.Leaves;

    /// <summary>The value of a doc-values field, or "" where the document has none.</summary>
    public string Get(int doc, string field) => DocValue(doc, field) ?? "";

    /// <summary>The instrument's title: from doc values where the index has them, else stored (an index written before they were, a title too long for them).</summary>
    public string Title(int doc) =>
        DocValue(doc, IndexSchema.InstrumentTitle) ?? searcher.Doc(doc, TitleOnly).Get(IndexSchema.InstrumentTitle) ?? "";

    private string? DocValue(int doc, string field)
    {
        var leaf = _leaves[ReaderUtil.SubIndex(doc, _leaves)];
        if (leaf.AtomicReader.GetSortedDocValues(field) is not { } values || values.GetOrd(doc - leaf.DocBase) is not (int ord and >= 0))
            return null;
        return strings.Get(leaf.AtomicReader, field, values, ord);
    }
}
