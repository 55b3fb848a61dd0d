namespace KnowledgeBase.Api;

/// <summary>The query of a comparison; <see cref="Language"/> is the one already defaulted.</summary>
internal sealed record CompareQuery(string? From, string? To, string Language, bool IgnoreWhitespace, bool IgnoreRenumbering);
