namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>Everything the parser needs to know about one content language: its structure words and citation patterns.</summary>
/// <param name="Code">The language suffix of file names: <c>en</c>, <c>az</c>, <c>ru</c>, or one added by <c>kb.yml</c>.</param>
/// <param name="SectionWords">Words that open a section heading (Section, Part, Bölmə, Раздел).</param>
/// <param name="ChapterWords">Words that open a chapter heading.</param>
/// <param name="ArticleWords">Words that open an article heading.</param>
/// <param name="NumberSuffix">What may follow the number when the word comes after it (<c>21-ci maddə</c>), as a regular expression.</param>
/// <param name="Citations">How running text cites provisions; null for a language whose citations are not recognised.</param>
/// <param name="NumberWords">Words that stand in an article's number (<c>Article unique</c>, <c>Article premier</c>); none by default.</param>
public sealed record LanguageProfile(
    string Code,
    IReadOnlyList<string> SectionWords,
    IReadOnlyList<string> ChapterWords,
    IReadOnlyList<string> ArticleWords,
    string? NumberSuffix,
    CitationPatterns? Citations,
    IReadOnlyList<string>? NumberWords = null);
