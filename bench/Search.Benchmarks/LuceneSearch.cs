using KnowledgeBase.Core.Search;

namespace Search.Benchmarks;

/// <summary>The knowledge base's search as the search page calls it: the first ten hits, highlighted, with totals and facets.</summary>
public static class LuceneSearch
{
    public static SearchResults Top(SearchIndex index, BenchQuery query) =>
        index.Search(new SearchRequest(query.Text, Kind: query.Kind, PageSize: 10));
}
