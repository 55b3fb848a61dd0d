namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>The word-level difference of two texts, as runs in reading order.</summary>
/// <param name="Replaced">
/// The texts were too long or too unlike to diff within the budget, so the whole earlier text is shown deleted and the whole
/// later one inserted.
/// </param>
public sealed record TextDiff(IReadOnlyList<DiffRun> Runs, bool Replaced);
