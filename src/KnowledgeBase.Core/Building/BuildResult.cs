using KnowledgeBase.Core.Diagnostics;

namespace KnowledgeBase.Core.Building;

/// <summary>How a build ended: every diagnostic, the figures, and the stamp it published (null when it published nothing).</summary>
public sealed record BuildResult(bool Succeeded, string? PublishedStamp, BuildSummary Summary, IReadOnlyList<Diagnostic> Diagnostics);
