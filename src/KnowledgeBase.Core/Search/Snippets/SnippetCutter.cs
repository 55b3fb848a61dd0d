using System.Net;
using KnowledgeBase.Core.Rendering;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Cuts from a provision's text the passage that best shows why it matched, the matched words in <c>&lt;mark&gt;</c>.</summary>
/// <remarks>The result is safe HTML: all text is escaped, and the only markup is the highlighter's <c>&lt;mark&gt;</c>.</remarks>
internal static class SnippetCutter
{
    /// <summary>About how many characters of text a snippet shows.</summary>
    public const int Length = 200;

    private const string Ellipsis = "…";

    /// <summary>How much of a text is read for its snippet.</summary>
    /// <remarks>
    /// Highlighting re-reads the text word by word, and a national corpus has provisions of 240,000 characters: ten such
    /// hits took tens of milliseconds. A match further in than this (in 0.4 % of national provisions there is room for
    /// one) shows the opening of the text instead.
    /// </remarks>
    public const int MaxCharsRead = 10_000;

    private static readonly HtmlTextEncoder Encoder = new();

    /// <summary>How much of a long text is read first when the query is one word or one phrase (<see cref="HighlightQuery.SingleMatchWords"/>).</summary>
    /// <remarks>
    /// The highlighter keeps the first of equally good passages, so when the query is one word or one phrase, the passage
    /// it would choose from the first 10,000 characters is the first that holds all its words, and one early in the text
    /// is found by reading the opening alone. A passage of the opening that holds only part of the phrase (cut at the
    /// passage's end) is not taken: the whole text is read as before. A phrase is what this saves most on: the highlighter indexes the text in memory to
    /// find the phrase's positions (<c>"code civil"</c> spent four fifths of its time there, in long amending acts).
    /// </remarks>
    public const int FirstRead = 1_500;

    /// <summary>What is read first of all for one word or one phrase: the first two passages and a little more.</summary>
    /// <remarks>
    /// Highlighting a phrase costs in proportion to the words read (each is indexed in memory). In the national corpus the
    /// phrase of a hit mostly stands in its first sentences, so a short read finds it; <c>"règlement grand-ducal"</c>
    /// spent a third of its time cutting snippets.
    /// </remarks>
    public const int ShortRead = 600;

    private static readonly int[] EarlyReads = [ShortRead, FirstRead];

    /// <param name="query">The query of the provision's language.</param>
    /// <param name="field">The analysed text field of that language, which decides both the query's words and the analysis.</param>
    /// <param name="singleMatchWords">The different words of the query's one word or phrase in <paramref name="field"/>, or 0.</param>
    public static string Cut(Query query, string field, Analyzer analyzer, string text, int singleMatchWords = 0)
    {
        if (singleMatchWords > 0)
        {
            foreach (var read in EarlyReads)
            {
                if (text.Length > read && Highlight(query, field, analyzer, text, read) is { } early
                    && MarkedWords(early) >= singleMatchWords && EndsWellBefore(early, text, read))
                    return WithEllipses(early, text);
            }
        }
        return Highlight(query, field, analyzer, text, MaxCharsRead) is { } fragment ? WithEllipses(fragment, text) : Opening(text);
    }

    /// <summary>Whether the passage ends a passage's length before the end of what was read.</summary>
    /// <remarks>
    /// The highlighter ends a passage where the next one starts, or where its reading stops: a passage cut short by the
    /// read would be longer when more is read. One that ends this far before the read's end was followed by another, so it
    /// is the passage a longer read gives. When the same stretch stands twice in what was read, the later one is taken,
    /// which can only refuse a passage, never accept a cut one.
    /// </remarks>
    private static bool EndsWellBefore(string fragment, string text, int read)
    {
        var stretch = Stretch(fragment);
        var start = text.AsSpan(0, read).LastIndexOf(stretch, StringComparison.Ordinal);
        return start >= 0 && start + stretch.Length <= read - Length;
    }

    // The fragment is the escaped text with marks added, so without the marks and unescaped it is a stretch of the text.
    // (Unescaping the short fragment, not escaping the whole text: a provision can be 240,000 characters long.)
    private static string Stretch(string fragment) => WebUtility.HtmlDecode(
        fragment.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).Trim();

    private static string? Highlight(Query query, string field, Analyzer analyzer, string text, int charsRead)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, Length),
            MaxDocCharsToAnalyze = charsRead,
        };
        try
        {
            return highlighter.GetBestFragment(analyzer, field, text);
        }
        // A snippet is a courtesy: if one cannot be cut, the opening of the text will do.
        catch (InvalidTokenOffsetsException)
        {
        }
        catch (BooleanQuery.TooManyClausesException)
        {
        }
        return null;
    }

    /// <summary>How many different words (ignoring case) the fragment marks.</summary>
    private static int MarkedWords(string fragment)
    {
        var marked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var start = fragment.IndexOf("<mark>", StringComparison.Ordinal); start >= 0; start = fragment.IndexOf("<mark>", start, StringComparison.Ordinal))
        {
            start += "<mark>".Length;
            var end = fragment.IndexOf("</mark>", start, StringComparison.Ordinal);
            if (end < 0)
                break;
            marked.Add(fragment[start..end]);
        }
        return marked.Count;
    }

    /// <summary>Shows where the fragment was cut from a longer text.</summary>
    private static string WithEllipses(string fragment, string text)
    {
        var stretch = Stretch(fragment);
        var trimmed = text.AsSpan().Trim();
        var opening = trimmed.StartsWith(stretch, StringComparison.Ordinal) ? "" : Ellipsis;
        var closing = trimmed.EndsWith(stretch, StringComparison.Ordinal) ? "" : Ellipsis;
        return opening + fragment.Trim() + closing;
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
