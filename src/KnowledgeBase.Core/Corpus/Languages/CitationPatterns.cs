namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>How running text of one language cites provisions: regular-expression fragments read from language data.</summary>
/// <param name="Article">Words that name an article in running text (<c>articles?|arts?\.</c>).</param>
/// <param name="Part">Words that name a numbered part of an article (<c>paragraphs?</c>), or null.</param>
/// <param name="NumberSuffix">What may follow a number, such as the Azerbaijani ordinal ending <c>-ci</c>, or null.</param>
/// <param name="NumberFirst">True where the number precedes the word (<c>12-ci maddə</c>).</param>
/// <param name="InstrumentFirst">True where the cited instrument is named before the article (<c>bu Məcəllənin 9-cu maddəsi</c>).</param>
/// <param name="ThisInstrument">Words for "this instrument" (<c>of this Code</c>), or null.</param>
/// <param name="Of">What joins an article to a following instrument name (<c>of the</c>), or null when nothing does.</param>
/// <param name="And">Separators of a list of numbers (<c>and|or|,</c>).</param>
/// <param name="To">Separators of a range of numbers (<c>–|to</c>).</param>
/// <param name="Inflected">True where instrument names take case endings, so a short name also matches its inflected forms.</param>
/// <param name="NameEnding">How the word of an unknown instrument's name next to the article ends, where names take a case there
/// (the genitive: <c>[ıiuü]n</c> of Azerbaijani <c>Qanunun</c>, <c>[аяиы]|…</c> of Russian <c>Закона</c>), so a capitalised word that
/// merely opens the sentence around a citation is not taken for a name; null accepts any capitalised word.</param>
public sealed record CitationPatterns(
    string Article,
    string? Part,
    string? NumberSuffix,
    bool NumberFirst,
    bool InstrumentFirst,
    string? ThisInstrument,
    string? Of,
    string And,
    string To,
    bool Inflected,
    string? NameEnding = null);
