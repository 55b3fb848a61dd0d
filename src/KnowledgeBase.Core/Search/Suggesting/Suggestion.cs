namespace KnowledgeBase.Core.Search.Suggesting;

/// <summary>A name a reader may be typing: a procedure's or instrument's title, or a provision's heading.</summary>
/// <param name="Text">What is shown and put in the search box, as written in the text.</param>
/// <param name="Kind">Where it comes from: a procedure, an instrument or a provision.</param>
/// <param name="Version">The version the name was taken from: the newest with a text in <paramref name="Language"/>.</param>
/// <param name="EId">The provision's id; null for a title.</param>
public sealed record Suggestion(string Text, SuggestionKind Kind, string Language, string Slug, string Version, string? EId);
