using KnowledgeBase.Core.Diagnostics;

namespace KnowledgeBase.Core.Building;

/// <summary>How a build ended: every diagnostic, the figures, and the stamp it published (null when it published nothing).</summary>
/// <param name="Incremental">When the build started from the published one: what it read again ("1 instrument changed (decree-276)"),
/// followed by what was read version by version or read whole instead, and why ("; decree-276: 1 of 1 versions read again");
/// null for a full build. Its diagnostics are then those of the instruments read again, and <see cref="BuildSummary.Files"/> counts those files.</param>
public sealed record BuildResult(bool Succeeded, string? PublishedStamp, BuildSummary Summary, IReadOnlyList<Diagnostic> Diagnostics, string? Incremental = null);
