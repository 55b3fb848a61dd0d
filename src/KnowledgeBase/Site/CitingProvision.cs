namespace KnowledgeBase.Site;

/// <summary>A provision that cites the one a page shows: where it is and what it is called.</summary>
public sealed record CitingProvision(string Slug, string InstrumentTitle, string Version, string EId, string Label, string Language);
