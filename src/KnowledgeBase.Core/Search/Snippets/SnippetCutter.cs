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

    /// <param name="query">The query of the provision's language.</param>
    /// <param name="field">The analysed text field of that language, which decides both the query's words and the analysis.</param>
    public static string Cut(Query query, string field, Analyzer analyzer, string text)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Encoder, scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, Length),
            MaxDocCharsToAnalyze = MaxCharsRead,
        };
        try
        {
            if (highlighter.GetBestFragment(analyzer, field, text) is { } fragment)
                return WithEllipses(fragment, text);
        }
        // A snippet is a courtesy: if one cannot be cut, the opening of the text will do.
        catch (InvalidTokenOffsetsException)
        {
        }
        catch (BooleanQuery.TooManyClausesException)
        {
        }
        return Opening(text);
    }

    /// <summary>Shows where the fragment was cut from a longer text.</summary>
    private static string WithEllipses(string fragment, string text)
    {
        // The fragment is the escaped text with marks added, so without the marks and unescaped it is a stretch of the text.
        // (Unescaping the short fragment, not escaping the whole text: a provision can be 240,000 characters long.)
        var stretch = WebUtility.HtmlDecode(
            fragment.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).Trim();
        var trimmed = text.AsSpan().Trim();
        var opening = trimmed.StartsWith(stretch, StringComparison.Ordinal) ? "" : Ellipsis;
        var closing = trimmed.EndsWith(stretch, StringComparison.Ordinal) ? "" : Ellipsis;
        return opening + fragment.Trim() + closing;
    }

    /// <summary>The first words of the text, for a hit found by its heading alone.</summary>
    private static string Opening(string text)
    {
        if (text.Length <= Length)
            return HtmlText.Escape(text);
        var end = text.LastIndexOf(' ', Length);
        return HtmlText.Escape(text[..(end > 0 ? end : Length)].TrimEnd()) + Ellipsis;
    }
}
