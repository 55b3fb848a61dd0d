using KnowledgeBase.Core.Search.Facets;

namespace KnowledgeBase.Core.Search;

/// <summary>One page of hits, best first.</summary>
/// <param name="Total">Every matching provision, not only this page; when grouped by provision, every group.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults None { get; } = new(0, []);

    /// <summary>Every matching document (a provision of one version in one language); equal to <see cref="Total"/> unless grouped.</summary>
    public int Matches { get; init; }

    /// <summary>How many documents each filter value would give for this query.</summary>
    public SearchFacets Facets { get; init; } = SearchFacets.None;
}
