using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>The snippets of one search's hits: each language's query is made ready for highlighting once, then cuts every hit of that language.</summary>
internal sealed class HitSnippets(SearchQuery query, IndexReader reader, Analyzer analyzer)
{
    private readonly Dictionary<string, (Query Query, int SingleMatchWords)> _byLanguage = new(StringComparer.Ordinal);

    public string Of(string language, string text)
    {
        var field = IndexSchema.TextOf(language);
        if (!_byLanguage.TryGetValue(language, out var highlight))
        {
            if (!query.ByLanguage.TryGetValue(language, out var ofLanguage))
                return HtmlText.Escape(text);
            var expanded = HighlightQuery.Expand(ofLanguage, reader);
            highlight = (expanded, HighlightQuery.SingleMatchWords(expanded, field));
            _byLanguage.Add(language, highlight);
        }
        return SnippetCutter.Cut(highlight.Query, field, analyzer, text, highlight.SingleMatchWords);
    }
}
