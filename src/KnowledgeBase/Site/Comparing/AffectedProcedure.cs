namespace KnowledgeBase.Site.Comparing;

/// <summary>A procedure a comparison's changes touch, with its title in the content language.</summary>
public sealed record AffectedProcedure(string Slug, string Title);
