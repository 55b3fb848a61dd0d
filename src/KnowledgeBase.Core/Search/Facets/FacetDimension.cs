namespace KnowledgeBase.Core.Search.Facets;

/// <summary>One filter a reader can choose and count by: the index field it reads and the value chosen, if any.</summary>
internal sealed record FacetDimension(string Field, string? Selected)
{
    /// <summary>Kind, status, language and instrument, in the order of <see cref="SearchFacets"/>.</summary>
    public static IReadOnlyList<FacetDimension> Of(Querying.SearchCriteria criteria) =>
    [
        new(IndexSchema.Kind, criteria.Kind),
        new(IndexSchema.Status, criteria.Status),
        new(IndexSchema.Language, criteria.Language),
        new(IndexSchema.Slug, criteria.Instrument),
    ];
}
