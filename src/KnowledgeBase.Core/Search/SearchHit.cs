namespace KnowledgeBase.Core.Search;

/// <summary>One matching provision.</summary>
/// <param name="Snippet">Safe HTML: text escaped, the matched words in <c>&lt;mark&gt;</c>; no other markup.</param>
public sealed record SearchHit(
    string Slug,
    string Version,
    string Language,
    string EId,
    string? Heading,
    string Snippet,
    float Score);
