namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>What a drafter chooses not to count as a change.</summary>
/// <param name="IgnoreWhitespaceAndPunctuation">Texts that differ only in spacing, line breaks or punctuation read the same.</param>
/// <param name="IgnoreRenumbering">
/// A provision that only changed its number is unchanged, and a text whose only change is the number a citation cites
/// ("Article 79" became "Article 80" after an insertion) reads the same.
/// </param>
public sealed record ComparisonOptions(bool IgnoreWhitespaceAndPunctuation = false, bool IgnoreRenumbering = false)
{
    public static ComparisonOptions Exact { get; } = new();
}
