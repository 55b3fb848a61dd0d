namespace KnowledgeBase.Core.Search;

/// <summary>One page of hits, best first.</summary>
/// <param name="Total">Every matching provision, not only this page.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults None { get; } = new(0, []);
}
