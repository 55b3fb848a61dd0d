namespace KnowledgeBase.Core.Search.Facets;

/// <summary>For the current query, how many hits each value of each filter would give, most hits first.</summary>
/// <remarks>
/// Each filter is counted with the other filters applied but not itself ("drill sideways"), so a reader who chose
/// <c>kind=code</c> still sees how many hits the other kinds have. A filter nobody chose adds up to the number of matches.
/// </remarks>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Kind,
    IReadOnlyList<FacetValue> Status,
    IReadOnlyList<FacetValue> Language,
    IReadOnlyList<FacetValue> Instrument)
{
    public static SearchFacets None { get; } = new([], [], [], []);
}
