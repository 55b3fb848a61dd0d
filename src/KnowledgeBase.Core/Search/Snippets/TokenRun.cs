using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>A text's words as the field's analysis reads them, each with its offsets, position and number among the query's words.</summary>
/// <remarks>
/// The words are read as far as a read needs and no further, and a longer read goes on from where a shorter one stopped:
/// one analysis serves every read of a text. Nothing is allocated per word: the word is looked up in the query's words
/// as the analysis left it in its buffer, and the arrays are kept for the thread's next text.
/// </remarks>
internal sealed class TokenRun : IDisposable
{
    [ThreadStatic]
    private static TokenRun? t_spare;

    private TokenStream? _stream;
    private ICharTermAttribute _term = null!;
    private IOffsetAttribute _offset = null!;
    private IPositionIncrementAttribute _increment = null!;
    private QueryWords _words = null!;
    private bool _ended;
    private int _position;

    private int[] _starts = new int[256];
    private int[] _ends = new int[256];
    private int[] _positions = new int[256];
    private int[] _numbers = new int[256];
    private int[] _lengthsBefore = new int[256];
    private int _lengths;

    /// <summary>How many words have been read so far.</summary>
    public int Count { get; private set; }

    public ReadOnlySpan<int> Starts => _starts.AsSpan(0, Count);

    public ReadOnlySpan<int> Ends => _ends.AsSpan(0, Count);

    /// <summary>Each word's position, counted from 0 as the index counts them (a removed stop word leaves a gap).</summary>
    public ReadOnlySpan<int> Positions => _positions.AsSpan(0, Count);

    /// <summary>Each word's number in the query's words, or -1.</summary>
    public ReadOnlySpan<int> Numbers => _numbers.AsSpan(0, Count);

    /// <summary>Starts reading <paramref name="text"/>; dispose the run when done with the text.</summary>
    public static TokenRun Open(Analyzer analyzer, string field, string text, QueryWords words)
    {
        var run = t_spare ?? new TokenRun();
        t_spare = null;
        run._stream = analyzer.GetTokenStream(field, text);
        run._term = run._stream.AddAttribute<ICharTermAttribute>();
        run._offset = run._stream.AddAttribute<IOffsetAttribute>();
        run._increment = run._stream.AddAttribute<IPositionIncrementAttribute>();
        run._words = words;
        run._ended = false;
        run._position = -1;
        run._lengths = 0;
        run.Count = 0;
        run._stream.Reset();
        return run;
    }

    /// <summary>Reads until a word that starts at or after <paramref name="chars"/> has been read, or the text ends.</summary>
    public void ReadPast(int chars)
    {
        while (!_ended && (Count == 0 || _starts[Count - 1] < chars))
            ReadOne();
    }

    /// <summary>Reads until the words read add up to <paramref name="chars"/> characters, or the text ends.</summary>
    /// <remarks>How far Lucene's highlighter looked for a phrase: a little past the read it marks, by a sum of word lengths.</remarks>
    public void ReadWordCharacters(int chars)
    {
        while (!_ended && _lengths < chars)
            ReadOne();
    }

    /// <summary>How many of the words read start before <paramref name="chars"/>.</summary>
    public int CountStartingBefore(int chars)
    {
        var count = Starts.BinarySearch(chars);
        // Offsets never decrease; of equal starts the first is the one that is not before.
        if (count < 0)
            return ~count;
        while (count > 0 && _starts[count - 1] >= chars)
            count--;
        return count;
    }

    /// <summary>How many of the words read come before their lengths add up to <paramref name="chars"/>.</summary>
    public int CountWithinWordCharacters(int chars)
    {
        var count = 0;
        while (count < Count && _lengthsBefore[count] < chars)
            count++;
        return count;
    }

    private void ReadOne()
    {
        if (!_stream!.IncrementToken())
        {
            _ended = true;
            return;
        }
        if (Count == _starts.Length)
            Grow();
        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        _position += _increment.PositionIncrement;
        _starts[Count] = start;
        _ends[Count] = end;
        _positions[Count] = _position;
        _numbers[Count] = _words.NumberOf(_term.Buffer.AsSpan(0, _term.Length));
        _lengthsBefore[Count] = _lengths;
        _lengths += end - start;
        Count++;
    }

    private void Grow()
    {
        var size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
        Array.Resize(ref _positions, size);
        Array.Resize(ref _numbers, size);
        Array.Resize(ref _lengthsBefore, size);
    }

    public void Dispose()
    {
        if (_stream is null)
            return;
        // The rest of a long text is not wanted; the stream is closed all the same, so that the analyzer can reuse it.
        _stream.End();
        _stream.Dispose();
        _stream = null;
        _words = null!;
        t_spare = this;
    }
}
