using Lucene.Net.Index;
using Lucene.Net.Search;
using KnowledgeBase.Core.Search.Collecting;

namespace KnowledgeBase.Core.Search.Answers;

/// <summary>Reads a document's short fields from doc values rather than from its stored fields.</summary>
/// <remarks>
/// In a national corpus <c>article 5</c> has a thousand candidate documents; loading each one's stored fields decompresses
/// a block of the store per document (tens of milliseconds in all). The short fields are read from the arrays the facets
/// count with (<see cref="FacetFields"/>), an array read each; titles, asked for rarely, from the doc values.
/// Not thread-safe: one per search.
/// </remarks>
internal sealed class CandidateFields(IndexSearcher searcher, DocValueStrings strings, FacetFields columns)
{
    private static readonly HashSet<string> TitleOnly = [IndexSchema.InstrumentTitle];

    private readonly IList<AtomicReaderContext> _leaves = searcher.IndexReader.Leaves;

    /// <summary>Where a document is: its segment and its number there, found once for all of its fields.</summary>
    public (int Leaf, int Doc) RowOf(int doc)
    {
        var leaf = ReaderUtil.SubIndex(doc, _leaves);
        return (leaf, doc - _leaves[leaf].DocBase);
    }

    /// <summary>The value of a short doc-values field, or "" where the document has none.</summary>
    public string Get((int Leaf, int Doc) row, string field) => columns[field].ValueOf(row.Leaf, row.Doc) ?? "";

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
