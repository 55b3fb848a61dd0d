namespace KnowledgeBase.Core.Rendering;

/// <summary>A provision's own text rendered once at build time: HTML for pages, plain text for the index.</summary>
public sealed record RenderedMarkdown(string Html, string PlainText, IReadOnlyList<LinkedCitation> Citations);
