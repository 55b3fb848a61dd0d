namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>The passage a read chose: a stretch of the text and which of the read's marks fall in it.</summary>
/// <param name="Start">The passage's first character in the text.</param>
/// <param name="End">Just after its last character.</param>
/// <param name="FirstMark">The first of its marks in <see cref="PassageMarker"/>'s marks of the read.</param>
/// <param name="Marks">How many marks it holds (at least one).</param>
internal readonly record struct MarkedPassage(int Start, int End, int FirstMark, int Marks);
