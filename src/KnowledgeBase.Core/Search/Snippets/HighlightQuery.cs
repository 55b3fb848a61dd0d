using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>A query made ready for highlighting: its prefixes, wildcards and fuzzy words replaced by the index's words they stand for.</summary>
/// <remarks>
/// A snippet marks words, not patterns: expanded once per search against the real index, <c>naturalis*</c> is a plain set
/// of words (<see cref="QueryWords"/>), which the snippet looks up word by word. The expansion is the one the search itself made
/// (at most <see cref="BooleanQuery.MaxClauseCount"/> words), so it cannot be broader than the search; a query the
/// search already rewrote is only unwrapped.
/// </remarks>
internal static class HighlightQuery
{
    public static Query Expand(Query query, IndexReader reader) => query switch
    {
        BooleanQuery boolean => ExpandClauses(boolean, reader),
        MultiTermQuery multiTerm => Expand(multiTerm.Rewrite(reader), reader),
        // A constant-score rewrite wraps its words in a ConstantScoreQuery.
        ConstantScoreQuery { Query: { } inner } => Expand(inner, reader),
        _ => query,
    };

    /// <summary>When the query asks of <paramref name="field"/> one word or one phrase alone (whatever it asks of other
    /// fields), how many different words that is; else 0. Every passage that holds all of them scores the same, the best.</summary>
    public static int SingleMatchWords(Query query, string field) => SingleMatch(query, field)?.Words ?? 0;

    /// <summary>The query's one word or phrase in <paramref name="field"/> and its number of different words, if it asks for one alone.</summary>
    public static (Query Match, int Words)? SingleMatch(Query query, string field)
    {
        var matches = new Dictionary<string, (Query Match, int Words)>(StringComparer.Ordinal);
        return Collect(query, field, matches) && matches.Count == 1 ? matches.Values.Single() : null;
    }

    // False for anything but words and phrases: a prefix or fuzzy word stands for several words, and a passage with two of them scores higher.
    private static bool Collect(Query query, string field, Dictionary<string, (Query Match, int Words)> matches)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                return boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).All(c => Collect(c.Query, field, matches));
            case TermQuery term:
                if (term.Term.Field == field)
                    matches[term.ToString()] = (term, 1);
                return true;
            case PhraseQuery phrase:
                var terms = phrase.GetTerms();
                if (terms.Length > 0 && terms[0].Field == field)
                    matches[phrase.ToString()] = (phrase, terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count());
                return true;
            default:
                return false;
        }
    }

    private static BooleanQuery ExpandClauses(BooleanQuery boolean, IndexReader reader)
    {
        var expanded = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
            expanded.Add(Expand(clause.Query, reader), clause.Occur);
        return expanded;
    }
}
