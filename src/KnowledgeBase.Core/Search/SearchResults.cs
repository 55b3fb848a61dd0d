using KnowledgeBase.Core.Search.Answers;
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

    /// <summary>The provision the query cites (<c>article 45.1.3</c>, <c>maddə 45</c>), on the first page only; it is also the first
    /// of <see cref="Hits"/> (marked <see cref="SearchHit.Direct"/>, not counted in <see cref="Total"/>), and the same document is not repeated below it.</summary>
    public DirectAnswer? Direct { get; init; }

    /// <summary>Why the query could not be read as search syntax, when it was searched as plain words instead (<see cref="SearchedText"/>).</summary>
    public string? SyntaxProblem { get; init; }

    /// <summary>The text that was searched: the query, or its plain words after a <see cref="SyntaxProblem"/>.</summary>
    public string SearchedText { get; init; } = "";

    /// <summary>The hits are for words within one or two edits of the query's (<see cref="DidYouMean"/> when there is one), because the query as typed found little.</summary>
    public bool Fuzzy { get; init; }

    /// <summary>The query with unknown words replaced by the nearest words of the index, when it found little.</summary>
    public string? DidYouMean { get; init; }
}
