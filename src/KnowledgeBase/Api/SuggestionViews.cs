namespace KnowledgeBase.Api;

// The JSON shapes of /api/suggest, documented in docs/api.md. Serialised in camelCase.

public sealed record SuggestResponse(string Query, IReadOnlyList<SuggestionView> Suggestions);

/// <param name="Kind"><c>procedure</c>, <c>instrument</c> or <c>provision</c>.</param>
/// <param name="Url">The page the name belongs to: the procedure, the instrument's version in that language, or the provision.</param>
public sealed record SuggestionView(string Text, string Kind, string Language, string Slug, string Version, string? EId, string Url);
