namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Where <see cref="PassageMarker"/> stands in one read: the words at the current place, the current passage, the best so far.</summary>
internal struct MarkingState(string text)
{
    public readonly int TextLength = text.Length;

    /// <summary>Where the text marked or passed so far ends.</summary>
    public int LastEnd;

    // The current place: words that overlap (a word and its stem), and the part of it that is marked.
    public int PlaceWords;
    public int PlaceEnd;
    public int MatchStart;
    public int MatchEnd;
    public float PlaceScore;

    // The current passage.
    public int PassageStart;
    public int PassageFirstMark;
    public float Score;

    // Where passages may end.
    public int FragmenterPosition = -1;
    public int WaitFor = -1;
    public int Passages = 1;

    public MarkedPassage? Best;
    private float _bestScore;

    /// <summary>Keeps the current passage, ending at <paramref name="end"/>, if it scores more than every one before.</summary>
    public void Consider(int end, int marks)
    {
        if (Score > _bestScore)
        {
            Best = new MarkedPassage(PassageStart, end, PassageFirstMark, marks - PassageFirstMark);
            _bestScore = Score;
        }
    }

    public void BeginPassage(int firstMark)
    {
        PassageStart = LastEnd;
        PassageFirstMark = firstMark;
        Score = 0;
    }
}
