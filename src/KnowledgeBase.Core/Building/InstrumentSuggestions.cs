using KnowledgeBase.Core.Search.Suggesting;

namespace KnowledgeBase.Core.Building;

/// <summary>The names one instrument offers the search box: its titles and short names, and its headings.</summary>
public sealed record InstrumentSuggestions(string Slug, bool IsProcedure, IReadOnlyList<Suggestion> Titles, IReadOnlyList<Suggestion> Headings);
