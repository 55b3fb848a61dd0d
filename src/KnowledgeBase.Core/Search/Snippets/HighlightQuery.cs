using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>A query made ready for highlighting: its prefixes, wildcards and fuzzy words replaced by the index's words they stand for.</summary>
/// <remarks>
/// Given <c>naturalis*</c>, the highlighter would otherwise build an in-memory index of every hit's text to find which of
/// its words the prefix matches, once per hit. Expanded once per search against the real index, the prefix is a plain
/// set of words, which the highlighter looks up token by token. The expansion is the one the search itself made
/// (at most <see cref="BooleanQuery.MaxClauseCount"/> words), so it cannot be broader than the search; a query the
/// search already rewrote is only unwrapped.
/// </remarks>
internal static class HighlightQuery
{
    public static Query Expand(Query query, IndexReader reader) => query switch
    {
        BooleanQuery boolean => ExpandClauses(boolean, reader),
        MultiTermQuery multiTerm => Expand(multiTerm.Rewrite(reader), reader),
        // A constant-score rewrite wraps its words in a ConstantScoreQuery, which the highlighter does not look into.
        ConstantScoreQuery { Query: { } inner } => Expand(inner, reader),
        _ => query,
    };

    private static BooleanQuery ExpandClauses(BooleanQuery boolean, IndexReader reader)
    {
        var expanded = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
            expanded.Add(Expand(clause.Query, reader), clause.Occur);
        return expanded;
    }
}
