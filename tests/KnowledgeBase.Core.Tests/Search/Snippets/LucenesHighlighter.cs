using System.Net;
using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Snippets;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBase.Core.Tests.Search.Snippets;

/// <summary>The snippet Lucene's <c>Highlighter</c> cut as the search used it until <see cref="PassageMarker"/> replaced it:
/// <c>QueryScorer</c>, <c>SimpleSpanFragmenter</c> of <see cref="SnippetCutter.Length"/>, one read of
/// <see cref="SnippetCutter.MaxCharsRead"/>, ellipses where the text goes on; the opening when nothing is marked.</summary>
internal static class LucenesHighlighter
{
    public static string Cut(Query query, string field, Analyzer analyzer, string text)
    {
        var scorer = new QueryScorer(query, field);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new Encoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetCutter.Length),
            MaxDocCharsToAnalyze = SnippetCutter.MaxCharsRead,
        };
        var fragment = highlighter.GetBestFragment(analyzer, field, text);
        if (fragment is null)
            return SnippetCutter.Opening(text);
        var stretch = WebUtility.HtmlDecode(fragment.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)).Trim();
        var trimmed = text.AsSpan().Trim();
        return (trimmed.StartsWith(stretch, StringComparison.Ordinal) ? "" : "…") + fragment.Trim()
            + (trimmed.EndsWith(stretch, StringComparison.Ordinal) ? "" : "…");
    }

    private sealed class Encoder : IEncoder
    {
        public string EncodeText(string originalText) => HtmlText.Escape(originalText);
    }
}
