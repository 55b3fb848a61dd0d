namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>What a comparison depends on: the build it was computed over, the two texts and the options.</summary>
public sealed record ComparisonKey(string Build, string Slug, string From, string To, string Language, ComparisonOptions Options);
