namespace KnowledgeBase.Core.Search;

/// <summary>A part of an indexed article: its id and where its words are in the article's stored text.</summary>
public sealed record ProvisionPart(string EId, int Start, int Length);
