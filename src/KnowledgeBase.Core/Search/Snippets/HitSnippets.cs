using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>The snippets of one search's hits: each language's query is made ready for highlighting once, then cuts every hit of that language.</summary>
internal sealed class HitSnippets(SearchQuery query, IndexSearcher searcher, Analyzer analyzer)
{
    private readonly Dictionary<string, Highlighting> _byLanguage = new(StringComparer.Ordinal);

    /// <param name="doc">The hit's document, whose text is <paramref name="text"/>.</param>
    public string Of(int doc, string language, string text)
    {
        var field = IndexSchema.TextOf(language);
        if (!_byLanguage.TryGetValue(language, out var highlight))
        {
            if (!query.ByLanguage.TryGetValue(language, out var ofLanguage))
                return HtmlText.Escape(text);
            var expanded = HighlightQuery.Expand(ofLanguage, searcher.IndexReader);
            var single = HighlightQuery.SingleMatch(expanded, field);
            highlight = new Highlighting(new PassageMarker(QueryWords.Of(expanded, field)), single?.Words ?? 0,
                single is { } one ? searcher.CreateNormalizedWeight(one.Match) : null);
            _byLanguage.Add(language, highlight);
        }
        // A hit found by its heading alone has nothing in its text to mark: the index says so at once, where the snippet would
        // read 10,000 characters to find nothing. Half the first page of "code civil" is such hits: chapters and amending
        // articles headed "Modification du Code civil".
        if (highlight.SingleMatch is { } match && !Holds(match, doc))
            return SnippetCutter.Opening(text);
        return SnippetCutter.Cut(highlight.Marker, field, analyzer, text, highlight.SingleMatchWords);
    }

    private bool Holds(Weight match, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var target = doc - leaf.DocBase;
        return match.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(target) == target;
    }

    /// <param name="SingleMatch">The query's one word or phrase of the text, weighed for this index, when it asks for one alone.</param>
    private sealed record Highlighting(PassageMarker Marker, int SingleMatchWords, Weight? SingleMatch);
}
