using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>The snippets of one search's hits: each language's query is made ready for highlighting once, then cuts every hit of that language.</summary>
internal sealed class HitSnippets(SearchQuery query, IndexSearcher searcher, Analyzer analyzer)
{
    private readonly Dictionary<string, Highlighting?> _byLanguage = new(StringComparer.Ordinal);
    private HashSet<int>? _holding;

    /// <summary>Finds at once which of the page's documents hold their language's one word or phrase in their text.</summary>
    /// <remarks>
    /// Asked hit by hit, each hit made its own scorer: a phrase's words looked up in the segment's terms and its postings
    /// opened again (a tenth of a millisecond per hit for <c>"règlement grand-ducal"</c>). Walked in document order, one
    /// scorer per segment and language answers for every hit of the page.
    /// </remarks>
    public void Expect(IReadOnlyCollection<int> docs)
    {
        var holding = new HashSet<int>();
        var ordered = docs.Order().ToArray();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var language in query.ByLanguage.Keys)
        {
            if (Prepare(language)?.SingleMatch is not { } match)
                continue;
            Scorer? scorer = null;
            var leafOrd = -1;
            foreach (var doc in ordered)
            {
                var ord = ReaderUtil.SubIndex(doc, leaves);
                var leaf = leaves[ord];
                if (ord != leafOrd)
                {
                    (leafOrd, scorer) = (ord, match.GetScorer(leaf, leaf.AtomicReader.LiveDocs));
                }
                var target = doc - leaf.DocBase;
                if (scorer is not null && scorer.DocID <= target && (scorer.DocID == target || scorer.Advance(target) == target))
                    holding.Add(doc);
            }
        }
        _holding = holding;
    }

    /// <param name="doc">The hit's document, whose text is <paramref name="text"/>.</param>
    public string Of(int doc, string language, string text)
    {
        if (Prepare(language) is not { } highlight)
            return HtmlText.Escape(text);
        // A hit found by its heading alone has nothing in its text to mark: the index says so at once, where the highlighter
        // would read 10,000 characters (and index them in memory for a phrase) to find nothing. Half the first page of
        // "code civil" is such hits: chapters and amending articles headed "Modification du Code civil".
        if (highlight.SingleMatch is { } match && !(_holding?.Contains(doc) ?? Holds(match, doc)))
            return SnippetCutter.Opening(text);
        return SnippetCutter.Cut(highlight.Query, IndexSchema.TextOf(language), analyzer, text, highlight.SingleMatchWords);
    }

    // Null when the query has nothing in the language (it cannot have found the hit by its words).
    private Highlighting? Prepare(string language)
    {
        if (_byLanguage.TryGetValue(language, out var prepared))
            return prepared;
        Highlighting? highlight = null;
        if (query.ByLanguage.TryGetValue(language, out var ofLanguage))
        {
            var expanded = HighlightQuery.Expand(ofLanguage, searcher.IndexReader);
            var single = HighlightQuery.SingleMatch(expanded, IndexSchema.TextOf(language));
            highlight = new Highlighting(expanded, single?.Words ?? 0, single is { } one ? searcher.CreateNormalizedWeight(one.Match) : null);
        }
        _byLanguage.Add(language, highlight);
        return highlight;
    }

    private bool Holds(Weight match, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var target = doc - leaf.DocBase;
        return match.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(target) == target;
    }

    /// <param name="SingleMatch">The query's one word or phrase of the text, weighed for this index, when it asks for one alone.</param>
    private sealed record Highlighting(Query Query, int SingleMatchWords, Weight? SingleMatch);
}
