namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Which of the query's words a read marks, with what weight, and where a phrase binds them to its stretches.</summary>
/// <remarks>
/// A word of a phrase is marked only inside a stretch that holds the whole phrase, and a phrase that stands nowhere in the
/// read marks nothing. A word asked for alone as well is marked everywhere; when the word alone comes after the phrase in
/// the query, the phrase's stretches are forgotten too (as Lucene's highlighter forgot them, which only changes where a
/// passage may end). One instance serves every read of one search's language; nothing is allocated per read.
/// </remarks>
internal sealed class WordsInRead
{
    private readonly QueryWords _query;
    private readonly bool[] _asked;
    private readonly float[] _weights;
    private readonly bool[] _bound;
    private readonly List<int>[] _phrasesOf;
    private readonly List<(int Start, int End)>[] _stretches;

    public WordsInRead(QueryWords query)
    {
        _query = query;
        _asked = new bool[query.Count];
        _weights = new float[query.Count];
        _bound = new bool[query.Count];
        _phrasesOf = [.. Enumerable.Range(0, query.Count).Select(_ => new List<int>())];
        _stretches = [.. query.Matches.Select(_ => new List<(int, int)>())];
    }

    /// <param name="phraseReach">How many of the run's words a phrase is looked for in.</param>
    public void Fill(TokenRun run, int phraseReach)
    {
        Array.Clear(_asked);
        for (var match = 0; match < _query.Matches.Count; match++)
        {
            switch (_query.Matches[match])
            {
                case WordMatch word:
                    _asked[word.Word] = true;
                    _weights[word.Word] = word.Weight;
                    _bound[word.Word] = false;
                    _phrasesOf[word.Word].Clear();
                    break;
                case PhraseMatch phrase:
                    var stretches = _stretches[match];
                    stretches.Clear();
                    PhraseSpans.Find(run, phraseReach, phrase, stretches);
                    if (stretches.Count == 0)
                        break;
                    foreach (var number in phrase.Words)
                    {
                        if (!_asked[number])
                        {
                            _asked[number] = true;
                            _weights[number] = phrase.Weight;
                            _bound[number] = true;
                            _phrasesOf[number].Clear();
                        }
                        _phrasesOf[number].Add(match);
                    }
                    break;
            }
        }
    }

    /// <summary>Whether the read marks the word anywhere (-1, a word the query does not ask for, is not).</summary>
    public bool Asks(int number) => number >= 0 && _asked[number];

    public float WeightOf(int number) => _weights[number];

    /// <summary>Whether the word is marked at this position: anywhere, or only within its phrase's stretches.</summary>
    public bool MarksAt(int number, int position)
    {
        if (!_bound[number])
            return true;
        foreach (var match in _phrasesOf[number])
        {
            foreach (var (start, end) in _stretches[match])
            {
                if (position >= start && position <= end)
                    return true;
            }
        }
        return false;
    }

    /// <summary>The last position of the first of the word's phrase stretches that starts at <paramref name="position"/>, or -1.</summary>
    public int StretchEndFrom(int number, int position)
    {
        foreach (var match in _phrasesOf[number])
        {
            foreach (var (start, end) in _stretches[match])
            {
                if (start == position)
                    return end;
            }
        }
        return -1;
    }
}
