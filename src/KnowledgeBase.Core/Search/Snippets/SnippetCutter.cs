using System.Text;
using KnowledgeBase.Core.Rendering;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Cuts from a provision's text the passage that best shows why it matched, the matched words in <c>&lt;mark&gt;</c>.</summary>
/// <remarks>The result is safe HTML: all text is escaped (<see cref="HtmlText"/>), and the only markup is <c>&lt;mark&gt;</c>.</remarks>
internal static class SnippetCutter
{
    /// <summary>About how many characters of text a snippet shows.</summary>
    public const int Length = 200;

    private const char Ellipsis = '…';

    /// <summary>How much of a text is read for its snippet.</summary>
    /// <remarks>
    /// A national corpus has provisions of 240,000 characters: ten such hits read whole took tens of milliseconds. A match
    /// further in than this (in 0.4 % of national provisions there is room for one) shows the opening of the text instead.
    /// </remarks>
    public const int MaxCharsRead = 10_000;

    /// <summary>How much of a long text is read first when the query is one word or one phrase (<see cref="HighlightQuery.SingleMatchWords"/>).</summary>
    /// <remarks>
    /// The first of equally good passages is kept, so when the query is one word or one phrase, the passage chosen from the
    /// first 10,000 characters is the first that holds all its words, and one early in the text is found by reading the
    /// opening alone. A passage of the opening that holds only part of the phrase (cut at the passage's end) is not taken:
    /// the text is read further.
    /// </remarks>
    public const int FirstRead = 1_500;

    /// <summary>What is read first of all for one word or one phrase: the first two passages and a little more.</summary>
    /// <remarks>In the national corpus the phrase of a hit mostly stands in its first sentences, so a short read finds it.</remarks>
    public const int ShortRead = 600;

    private static readonly int[] EarlyReads = [ShortRead, FirstRead];

    /// <param name="query">The query of the provision's language.</param>
    /// <param name="field">The analysed text field of that language, which decides both the query's words and the analysis.</param>
    /// <param name="singleMatchWords">The different words of the query's one word or phrase in <paramref name="field"/>, or 0.</param>
    public static string Cut(Query query, string field, Analyzer analyzer, string text, int singleMatchWords = 0) =>
        Cut(new PassageMarker(QueryWords.Of(query, field)), field, analyzer, text, singleMatchWords);

    /// <param name="marker">The marker of the query's words in <paramref name="field"/>, kept for the search's other hits.</param>
    public static string Cut(PassageMarker marker, string field, Analyzer analyzer, string text, int singleMatchWords)
    {
        if (marker.Words.Count == 0)
            return Opening(text);
        using var run = TokenRun.Open(analyzer, field, text, marker.Words);
        if (singleMatchWords > 0)
        {
            // Reads grow: each goes on with the words the one before analysed.
            foreach (var read in EarlyReads)
            {
                if (text.Length > read && marker.Best(run, text, read) is { } early
                    && marker.MarkedWords(text, early) >= singleMatchWords && EndsWellBefore(text, early, read))
                    return Html(marker, text, early);
            }
        }
        return marker.Best(run, text, MaxCharsRead) is { } passage ? Html(marker, text, passage) : Opening(text);
    }

    /// <summary>Whether the passage ends a passage's length before the end of what was read.</summary>
    /// <remarks>
    /// A passage ends where the next one starts, or where the read stops: a passage cut short by the read would be longer
    /// when more is read. One that ends this far before the read's end was followed by another, so it is the passage a
    /// longer read gives. When the same stretch stands twice in what was read, the later one is taken, which can only
    /// refuse a passage, never accept a cut one.
    /// </remarks>
    private static bool EndsWellBefore(string text, MarkedPassage passage, int read)
    {
        var stretch = Stretch(text, passage);
        var start = text.AsSpan(0, read).LastIndexOf(stretch, StringComparison.Ordinal);
        return start >= 0 && start + stretch.Length <= read - Length;
    }

    private static ReadOnlySpan<char> Stretch(string text, MarkedPassage passage) =>
        text.AsSpan(passage.Start, passage.End - passage.Start).Trim();

    /// <summary>The passage escaped, its marks in <c>&lt;mark&gt;</c>, with an ellipsis where it was cut from a longer text.</summary>
    private static string Html(PassageMarker marker, string text, MarkedPassage passage)
    {
        var stretch = Stretch(text, passage);
        var start = passage.Start + text.AsSpan(passage.Start, passage.End - passage.Start).IndexOf(stretch, StringComparison.Ordinal);
        var trimmed = text.AsSpan().Trim();
        var html = new StringBuilder(stretch.Length + 64);
        if (!trimmed.StartsWith(stretch, StringComparison.Ordinal))
            html.Append(Ellipsis);
        var at = start;
        for (var i = passage.FirstMark; i < passage.FirstMark + passage.Marks; i++)
        {
            var (markStart, markEnd) = marker.Marks[i];
            AppendEscaped(html, text.AsSpan(at, markStart - at));
            html.Append("<mark>");
            AppendEscaped(html, text.AsSpan(markStart, markEnd - markStart));
            html.Append("</mark>");
            at = markEnd;
        }
        AppendEscaped(html, text.AsSpan(at, start + stretch.Length - at));
        if (!trimmed.EndsWith(stretch, StringComparison.Ordinal))
            html.Append(Ellipsis);
        return html.ToString();
    }

    // HtmlText.Escape's four characters, written into the snippet without a string per piece.
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }

    /// <summary>The first words of the text, for a hit found by its heading alone.</summary>
    public static string Opening(string text)
    {
        if (text.Length <= Length)
            return HtmlText.Escape(text);
        var end = text.LastIndexOf(' ', Length);
        return HtmlText.Escape(text[..(end > 0 ? end : Length)].TrimEnd()) + Ellipsis;
    }
}
