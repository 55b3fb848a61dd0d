namespace KnowledgeBase.Core.Citations;

/// <summary>Builds the heuristic fragment for the name of an instrument the corpus does not know:
/// capitalised words, perhaps joined by a few lower-case ones, perhaps with a quoted title
/// (<c>Law on Citizenship</c>, <c>Закона «О гражданстве»</c>, <c>Vətəndaşlıq haqqında Qanunun</c>).</summary>
internal static class ExternalNamePattern
{
    private const string Capitalised = @"(?>(?-i:\p{Lu})[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*)";
    private const string LowerCase = @"(?>(?-i:\p{Ll})[\p{L}\p{M}]*)";
    private const string Quoted = @"[«""“„][^«»""“”„\r\n]{1,200}[»""”“]";

    // Enough for "Law on the Legal Status of Foreigners and Stateless Persons"; a limit keeps a name from running on.
    private const string MoreWords = "{0,5}";
    private const string JoiningWords = "{0,2}";

    /// <param name="notAName">What no word of the name may be: structure words, "this Code", known names (those are matched on their own).</param>
    /// <param name="ending">How the word next to the article must end (a genitive), or null.</param>
    /// <param name="beforeArticle">True where the name comes before the article, so the ending applies to its last word.</param>
    public static string Build(string notAName, string? ending, bool beforeArticle)
    {
        var guard = $"(?!{notAName})";
        var word = guard + Capitalised;
        var more = $@"(?:\s+(?:{guard}{LowerCase}\s+){JoiningWords}{word}){MoreWords}";
        var endsRight = ending is null ? "" : $"(?<=(?:{ending}))";
        return beforeArticle
            ? $@"(?:{Quoted}\s*)?{word}{more}{endsRight}"
            : $@"{word}{endsRight}{more}(?:\s*{Quoted})?";
    }
}
