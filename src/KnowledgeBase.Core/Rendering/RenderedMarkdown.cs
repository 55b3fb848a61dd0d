namespace KnowledgeBase.Core.Rendering;

/// <summary>A provision's own text rendered once at build time: HTML for pages, plain text for the index.</summary>
/// <param name="Problem">Why the text could not be rendered as Markdown (its words are then kept as written), for a content error; null when it was.</param>
public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<LinkedCitation> Citations, string? Problem = null);
