namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Marks the query's words in a read of a text and chooses the passage of about <see cref="SnippetCutter.Length"/>
/// characters that shows the most of them.</summary>
/// <remarks>
/// <para>The passages and marks are those Lucene's <c>Highlighter</c> with a <c>QueryScorer</c> and a
/// <c>SimpleSpanFragmenter</c> chose, so that snippets did not change when it was replaced: a passage ends at the first word
/// that ends past the next multiple of the length (unless fewer than half a length of text remain), never inside a phrase
/// that starts a word before; a passage scores the weights of the different words it marks; the best passage is the
/// first of the highest score. Words at one position and the same place (a word and its stem) are marked as one.</para>
/// <para>What it saves: the highlighter indexed each read in memory to find a phrase, and copied every word it read into
/// objects of its own (some 350 bytes a word). Here a word is five integers in reused arrays.</para>
/// <para>NOTE: one instance serves one search (one thread): it keeps the last read's marks.</para>
/// </remarks>
internal sealed class PassageMarker
{
    /// <summary>How many words at one place are marked together; the highlighter's limit, never reached by our analyses.</summary>
    private const int MaxWordsAtOnePlace = 50;

    private readonly WordsInRead _read;
    private readonly int[] _foundIn;
    private readonly List<(int Start, int End)> _marks = [];
    private int _passageNumber;

    public PassageMarker(QueryWords words)
    {
        Words = words;
        _read = new WordsInRead(words);
        _foundIn = new int[words.Count];
    }

    public QueryWords Words { get; }

    /// <summary>The marked words' places in the text, in order, of the last read.</summary>
    public IReadOnlyList<(int Start, int End)> Marks => _marks;

    /// <summary>The best passage of the text's first <paramref name="charsRead"/> characters, or null when they mark nothing.</summary>
    public MarkedPassage? Best(TokenRun run, string text, int charsRead)
    {
        run.ReadPast(charsRead);
        if (Words.HasPhrases)
            run.ReadWordCharacters(charsRead);
        _read.Fill(run, Words.HasPhrases ? run.CountWithinWordCharacters(charsRead) : 0);
        _marks.Clear();
        var read = new MarkingState(text);
        var starts = run.Starts;
        var ends = run.Ends;
        var positions = run.Positions;
        var numbers = run.Numbers;
        var count = run.CountStartingBefore(charsRead);
        _passageNumber++;
        for (var i = 0; i < count; i++)
        {
            if (ends[i] > text.Length)
                return null;
            if (read.PlaceWords > 0 && starts[i] >= read.PlaceEnd)
            {
                CloseTheWordPlace(ref read);
                var increment = positions[i] - (i == 0 ? -1 : positions[i - 1]);
                if (StartsAPassage(ref read, ends[i], numbers[i], increment))
                {
                    read.Consider(read.LastEnd, _marks.Count);
                    read.BeginPassage(_marks.Count);
                    _passageNumber++;
                }
            }
            var score = ScoreOf(ref read, numbers[i], positions[i]);
            AddToTheWordPlace(ref read, starts[i], ends[i], score);
        }
        if (read.PlaceWords > 0)
            CloseTheWordPlace(ref read);
        var end = read.LastEnd < text.Length && text.Length <= charsRead ? text.Length : read.LastEnd;
        read.Consider(end, _marks.Count);
        return read.Best;
    }

    /// <summary>How many different words (ignoring case) the passage marks.</summary>
    public int MarkedWords(string text, MarkedPassage passage)
    {
        var different = 0;
        for (var i = passage.FirstMark; i < passage.FirstMark + passage.Marks; i++)
        {
            var word = Word(text, _marks[i]);
            var seen = false;
            for (var j = passage.FirstMark; j < i && !seen; j++)
                seen = word.Equals(Word(text, _marks[j]), StringComparison.OrdinalIgnoreCase);
            if (!seen)
                different++;
        }
        return different;
    }

    private static ReadOnlySpan<char> Word(string text, (int Start, int End) mark) => text.AsSpan(mark.Start, mark.End - mark.Start);

    // QueryScorer: a word scores its weight where the read marks it; a passage scores each different word once.
    private float ScoreOf(ref MarkingState read, int number, int position)
    {
        if (!_read.Asks(number) || !_read.MarksAt(number, position))
            return 0;
        var weight = _read.WeightOf(number);
        if (_foundIn[number] != _passageNumber)
        {
            read.Score += weight;
            _foundIn[number] = _passageNumber;
        }
        return weight;
    }

    // SimpleSpanFragmenter. It counts positions from the second word on, so its positions run one behind the words'
    // (a phrase stretch is waited out from the word after its first); kept, as it decides where passages end.
    private bool StartsAPassage(ref MarkingState read, int end, int number, int increment)
    {
        read.FragmenterPosition += increment;
        if (read.WaitFor == read.FragmenterPosition)
            read.WaitFor = -1;
        else if (read.WaitFor != -1)
            return false;
        if (_read.Asks(number) && _read.StretchEndFrom(number, read.FragmenterPosition) is var last and >= 0)
            read.WaitFor = last + 1;
        var starts = end >= SnippetCutter.Length * read.Passages && read.TextLength - end >= SnippetCutter.Length / 2;
        if (starts)
            read.Passages++;
        return starts;
    }

    // TokenGroup: words that overlap the place's first are one place, marked from the first of them that scores.
    private static void AddToTheWordPlace(ref MarkingState read, int start, int end, float score)
    {
        if (read.PlaceWords >= MaxWordsAtOnePlace)
            return;
        if (read.PlaceWords == 0)
        {
            (read.MatchStart, read.MatchEnd, read.PlaceEnd) = (start, end, end);
            read.PlaceScore += score;
        }
        else
        {
            read.PlaceEnd = Math.Max(read.PlaceEnd, end);
            if (score > 0)
            {
                if (read.PlaceScore == 0)
                    (read.MatchStart, read.MatchEnd) = (start, end);
                else
                    (read.MatchStart, read.MatchEnd) = (Math.Min(read.MatchStart, start), Math.Max(read.MatchEnd, end));
                read.PlaceScore += score;
            }
        }
        read.PlaceWords++;
    }

    private void CloseTheWordPlace(ref MarkingState read)
    {
        if (read.PlaceScore > 0)
            _marks.Add((read.MatchStart, read.MatchEnd));
        read.LastEnd = Math.Max(read.MatchEnd, read.LastEnd);
        read.PlaceWords = 0;
        read.PlaceScore = 0;
    }
}
