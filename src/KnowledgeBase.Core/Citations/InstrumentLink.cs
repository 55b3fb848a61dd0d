namespace KnowledgeBase.Core.Citations;

/// <summary>A link to another act read by a <see cref="LinkRule"/>: its slug, and the article as the link writes it when it names one.</summary>
public sealed record InstrumentLink(string Slug, string? Article);
