using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>The words and phrases a query asks of one text field, numbered so that a text's words are looked up without a string each.</summary>
/// <remarks>
/// The query is the one <see cref="HighlightQuery.Expand"/> made: prefixes, wildcards and fuzzy words are already the index's
/// words. Clauses a query excludes (<c>NOT</c>) are not marked, nor clauses of other fields (the heading). The matches keep
/// the order of the query's clauses, because where a word is asked both alone and in a phrase the later clause decides how
/// it is marked (see <see cref="WordsInRead"/>).
/// </remarks>
internal sealed class QueryWords
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byText;
    private readonly List<QueryMatch> _matches = [];

    private QueryWords() => _byText = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<QueryMatch> Matches => _matches;

    /// <summary>How many different words the matches hold.</summary>
    public int Count => _numbers.Count;

    public bool HasPhrases { get; private set; }

    /// <summary>The word's number, or -1 when the query does not ask for it.</summary>
    public int NumberOf(ReadOnlySpan<char> word) => _byText.TryGetValue(word, out var number) ? number : -1;

    public static QueryWords Of(Query query, string field)
    {
        var words = new QueryWords();
        words.Collect(query, field);
        return words;
    }

    private void Collect(Query query, string field)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                        Collect(clause.Query, field);
                }
                break;
            case TermQuery term when term.Term.Field == field:
                _matches.Add(new WordMatch(Number(term.Term.Text), term.Boost));
                break;
            case PhraseQuery phrase:
                AddPhrase(phrase.GetTerms().Select(t => new[] { t }).ToList(), phrase.GetPositions(), phrase.Slop, field, phrase.Boost, gapsAreSlop: false);
                break;
            case MultiPhraseQuery multiPhrase:
                AddPhrase(multiPhrase.GetTermArrays(), multiPhrase.GetPositions(), multiPhrase.Slop, field, multiPhrase.Boost, gapsAreSlop: true);
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Collect(inner, field);
                break;
            case FilteredQuery filtered:
                Collect(filtered.Query, field);
                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction)
                    Collect(disjunct, field);
                break;
        }
    }

    // A gap in a phrase's positions is a stop word the analysis removed. Lucene's highlighter lets such a phrase stray by
    // the largest gap and in any order (a multi-word phrase by every gap, in order if it was typed without slop); so do we,
    // so that the same words are marked.
    private void AddPhrase(IList<Lucene.Net.Index.Term[]> terms, int[] positions, int slop, string field, float weight, bool gapsAreSlop)
    {
        if (terms.Count == 0 || terms[0].Length == 0 || terms[0][0].Field != field)
            return;
        var byPosition = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < terms.Count; i++)
        {
            if (!byPosition.TryGetValue(positions[i], out var slot))
                byPosition.Add(positions[i], slot = []);
            slot.AddRange(terms[i].Select(t => Number(t.Text)));
        }
        var inOrder = slop == 0;
        if (gapsAreSlop)
            slop += byPosition.Keys.Max() + 1 - byPosition.Count;
        else
        {
            var largestGap = positions.Zip(positions.Skip(1), (before, after) => after - before).DefaultIfEmpty(0).Max();
            if (largestGap > 1)
                slop += largestGap;
            inOrder = slop == 0;
        }
        var slots = gapsAreSlop
            ? byPosition.Values.Select(s => s.ToArray()).ToArray()
            : terms.Select(t => new[] { Number(t[0].Text) }).ToArray();
        _matches.Add(new PhraseMatch(slots, slop, inOrder, [.. slots.SelectMany(s => s).Distinct()], weight));
        HasPhrases = true;
    }

    private int Number(string word)
    {
        if (!_numbers.TryGetValue(word, out var number))
            _numbers.Add(word, number = _numbers.Count);
        return number;
    }
}
