namespace KnowledgeBase.Core.Citations;

/// <summary>One citation found in running text.</summary>
/// <param name="Start">Where the whole citation phrase starts in the text (<c>Articles 12–14 of this Code</c>).</param>
/// <param name="Length">The length of the phrase.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Targets">Every provision the phrase cites, in the order written, ranges expanded.</param>
public sealed record CitationMatch(int Start, int Length, string Text, IReadOnlyList<CitedProvision> Targets);
