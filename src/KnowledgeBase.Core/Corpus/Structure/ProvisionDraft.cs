using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>A provision while the body is being read: its children and text are still to come.</summary>
internal sealed class ProvisionDraft(ProvisionKind kind, string eId, string num, string? heading, string? key, int level, ProvisionMarker marker)
{
    private string _text = "";
    private int _textLine = marker.EmptyTextLine;

    public ProvisionKind Kind { get; } = kind;

    public string EId { get; } = eId;

    public string Num { get; } = num;

    /// <summary>The <c>#</c> level of the heading; a part has its article's, so that what closes the article closes its parts.</summary>
    public int Level { get; } = level;

    public ProvisionMarker Marker { get; } = marker;

    public List<ProvisionDraft> Children { get; } = [];

    public Provision? Provision { get; private set; }

    /// <summary>Takes the provision's own text: what lies between its heading or number and <paramref name="end"/>.</summary>
    public void CutText(SourceText source, int end)
    {
        // A part's text may start on the line after its number, indented as its list item is: that indentation is not the text's.
        var (text, start) = source.Cut(Marker.TextStart, Math.Max(end, Marker.TextStart), keepIndentation: Kind != ProvisionKind.Paragraph);
        _text = text;
        if (text.Length > 0)
            _textLine = source.FileLine(start);
    }

    /// <summary>Makes the record; the children must be finished first.</summary>
    public void Finish() =>
        Provision = new Provision(Kind, EId, Num, heading, key, _text, Marker.Line, _textLine, [.. Children.Select(c => c.Provision!)]);
}
