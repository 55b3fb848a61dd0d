namespace KnowledgeBase.Site.Procedures;

/// <summary>A part of a provision that the legal basis names on its own: <c>21.4.3</c> inside Article 21.</summary>
public sealed record CitedPart(string EId, string Label, string Href);
