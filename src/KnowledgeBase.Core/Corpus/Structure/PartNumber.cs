namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>The number that opens a part of an article, as in <c>45.1.3-1. text</c>.</summary>
/// <param name="Num">The number as written, without its closing dot: <c>45.1.3-1</c>.</param>
/// <param name="Rest">The number after the article's: <c>1.3-1</c>.</param>
/// <param name="Length">How many characters the number takes with its closing <c>.</c> or <c>)</c>.</param>
internal readonly record struct PartNumber(string Num, string Rest, int Length);
