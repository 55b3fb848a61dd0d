using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Answers;

/// <summary>The documents that hold a cited article, in index order, in one walk of its postings: the first
/// <c>max</c> the reader may see in any version, and the first <c>max</c> of them in the search's scope.</summary>
/// <remarks>
/// The direct answer needs both lists (the instruments named are looked for in every version, the answer in the scope).
/// They were two searches for the top documents by score; an article's id is one exact term, so every document scores
/// the same and the top ones are the first in index order. The scope is a subset of what the reader sees, so one walk
/// over the visible documents, asking the scope's set as it goes, gives both, with no scoring and no queue.
/// Not thread-safe: one per search.
/// </remarks>
internal sealed class CitedDocuments(int max, Filter? scope) : ICollector
{
    private int _docBase;
    private DocIdSetIterator? _scope;
    private bool _everyDocument;

    /// <summary>Documents the reader may see, in any version.</summary>
    public List<int> Visible { get; } = [];

    /// <summary>Those of them in the search's scope.</summary>
    public List<int> InScope { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _everyDocument = scope is null;
        _scope = scope?.GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator();
    }

    public void Collect(int doc)
    {
        if (Visible.Count < max)
            Visible.Add(_docBase + doc);
        if (InScope.Count < max && InScopeOfSegment(doc))
            InScope.Add(_docBase + doc);
    }

    // Documents come in increasing order, so the scope's iterator only moves forward.
    private bool InScopeOfSegment(int doc)
    {
        if (_everyDocument)
            return true;
        if (_scope is null)
            return false;
        if (_scope.DocID < doc)
            _scope.Advance(doc);
        return _scope.DocID == doc;
    }
}
