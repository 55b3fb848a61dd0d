namespace KnowledgeBase.Core.Search.Facets;

/// <summary>One value of a filter and how many hits have it.</summary>
public sealed record FacetValue(string Value, int Count);
