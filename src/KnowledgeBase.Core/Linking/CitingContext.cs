namespace KnowledgeBase.Core.Linking;

/// <summary>Where a citation is written: it decides which version and language the citation resolves to.</summary>
public sealed record CitingContext(string Slug, string Version, string Language, DateOnly Date, string Path);
