namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Where a provision begins in the body: the heading or part number that opens it.</summary>
/// <param name="Line">The 1-based file line of the heading or of the part's first line.</param>
/// <param name="Start">The offset of the start of that line: the text of the provision before ends here.</param>
/// <param name="TextStart">The offset where the provision's own text may begin (after its heading or number).</param>
/// <param name="EmptyTextLine">The line given as the text's line when the provision has no text.</param>
internal readonly record struct ProvisionMarker(int Line, int Start, int TextStart, int EmptyTextLine);
