namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>A stretch of text that both versions share, or that only the earlier or only the later one has.</summary>
public sealed record DiffRun(DiffRunKind Kind, string Text);
