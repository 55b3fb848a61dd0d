namespace KnowledgeBase.Core.Citations;

/// <summary>Builds the heuristic fragment for the name of an instrument the corpus does not know:
/// capitalised words, perhaps joined by a few short lower-case ones, perhaps with a quoted title
/// (<c>Law on Citizenship</c>, <c>Закона «О гражданстве»</c>, <c>“Vətəndaşlıq haqqında” Qanunun</c>).</summary>
internal static class ExternalNamePattern
{
    private const string Capitalised = @"(?>(?-i:\p{Lu})[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*)";
    private const string LowerCase = @"(?>(?-i:\p{Ll})[\p{L}\p{M}]*)";

    // Words that join the capitalised ones of a name are short (on, of, the, and, об): a longer one is the sentence
    // going on ("the Law on Citizenship applies to Foreigners").
    private const string Joining = @"(?>(?-i:\p{Ll})[\p{L}\p{M}]{0,3})(?![\p{L}\p{M}])";
    private const string Quoted = @"[«""“„][^«»""“”„\r\n]{1,200}[»""”“]";

    // Enough for "Law on the Legal Status of Foreigners and Stateless Persons"; a limit keeps a name from running on.
    private const string MoreWords = "{0,5}";
    private const string JoiningWords = "{0,2}";

    /// <param name="notAName">What no word of the name may be: structure words, "this Code", known names (those are matched on their own).</param>
    /// <param name="ending">How the word next to the article must end (a genitive), or null.</param>
    /// <param name="beforeArticle">True where the name comes before the article, so the ending applies to its last word.</param>
    /// <remarks>A name before the article takes capitalised words only. Matching starts as far left as it can, so lower-case
    /// joiners would pull in the words that open the sentence ("Bu halda Qanunun 5-ci maddəsi"); an unquoted title's
    /// lower-case words ("Vətəndaşlıq haqqında") are left out of the phrase instead, which costs nothing but its length.</remarks>
    public static string Build(string notAName, string? ending, bool beforeArticle)
    {
        var guard = $"(?!{notAName})";
        var word = guard + Capitalised;
        var endsRight = ending is null ? "" : $"(?<=(?:{ending}))";
        if (beforeArticle)
            return $@"(?:{Quoted}\s*)?{word}(?:\s+{word}){MoreWords}{endsRight}";
        var more = $@"(?:\s+(?:{guard}{Joining}\s+){JoiningWords}{word}){MoreWords}";
        // Before a quoted title any lower-case words may stand: the quote shows where the name ends (Федерального закона «О гражданстве»).
        var title = $@"(?:(?:\s+{guard}{LowerCase}){JoiningWords}\s*{Quoted})?";
        return $"{word}{endsRight}{more}{title}";
    }
}
