namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>The body of a version file with its line starts, so that offsets become file lines and provision texts are cut out exactly.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;
    private readonly int _firstLine;

    /// <param name="firstLine">The 1-based file line on which <paramref name="text"/> starts.</param>
    public SourceText(string text, int firstLine)
    {
        Text = text;
        _firstLine = firstLine;
        _lineStarts = FindLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>The 1-based line of the file on which <paramref name="offset"/> lies.</summary>
    public int FileLine(int offset) => _firstLine + LineIndex(offset);

    public int LineStart(int offset) => _lineStarts[LineIndex(offset)];

    /// <summary>Where the line after the one holding <paramref name="offset"/> starts, or the end of the text.</summary>
    public int NextLineStart(int offset)
    {
        var next = LineIndex(offset) + 1;
        return next < _lineStarts.Length ? _lineStarts[next] : Text.Length;
    }

    /// <summary>The text from <paramref name="start"/> to <paramref name="end"/> without the blank lines around it.</summary>
    /// <param name="keepIndentation">
    /// True to drop only whole blank lines at the start, so that an indented code block keeps its indentation;
    /// false to drop all leading white space, such as the indentation of a list item's next line.
    /// </param>
    public (string Text, int Start) Cut(int start, int end, bool keepIndentation = true)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        while (start < end)
        {
            var lineEnd = Math.Min(NextLineStart(start), end);
            if (!Text.AsSpan(start, lineEnd - start).IsWhiteSpace())
                break;
            start = lineEnd;
        }
        while (!keepIndentation && start < end && char.IsWhiteSpace(Text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1]))
            end--;
        return (Text[start..end], start);
    }

    // Line endings as CommonMark counts them (\n, \r\n and a lone \r), so that lines agree with Markdig's.
    private static int[] FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            if (text[i] is '\n' or '\r')
                starts.Add(i + 1);
        }
        return [.. starts];
    }

    private int LineIndex(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Text.Length));
        return index >= 0 ? index : ~index - 1;
    }
}
