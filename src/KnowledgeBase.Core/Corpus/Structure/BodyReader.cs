using KnowledgeBase.Core.Diagnostics;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Reads one parsed body: finds its title, the headings that open provisions and the paragraphs that open parts.</summary>
internal sealed class BodyReader(HeadingClassifier classifier, SourceText source, string path, DiagnosticBag diagnostics)
{
    private readonly ProvisionTreeBuilder _tree = new(source, path, diagnostics);
    // The # level each structure word last had as a heading, so that "*Section 2.*" written as a paragraph stands where
    // "##### Section 1" stood.
    private readonly Dictionary<string, int> _wordLevels = new(StringComparer.OrdinalIgnoreCase);
    private string? _title;

    public ParsedStructure Read(MarkdownDocument document)
    {
        var first = true;
        foreach (var (block, topLevel) in OutlineBlocks.InOrder(document))
        {
            // A heading inside a list is the list's text, whatever it says.
            if (block is HeadingBlock heading && topLevel)
                ReadHeading(heading, mayBeTitle: first);
            else if (block is ParagraphBlock line && topLevel && StructureLine.Read(classifier, line) is { } structure)
                OpenStructureLine(line, structure);
            else if (block is ParagraphBlock paragraph && _tree.OpenArticleNum is { } articleNum)
                ReadPart(paragraph, articleNum);
            first &= !topLevel;
        }
        return new ParsedStructure(_title, _tree.Build());
    }

    private void ReadHeading(HeadingBlock heading, bool mayBeTitle)
    {
        var start = heading.Span.Start;
        var line = source.FileLine(start);
        var keyed = StableKey.Read(TextOf(heading));
        if (keyed.RejectedKey is not null)
            diagnostics.Error(path, line, DiagnosticCodes.InvalidValue, $"'{{#{keyed.RejectedKey}}}' is not a valid key: keys are lower-case letters, digits and hyphens");
        var structure = classifier.Classify(keyed.Text);
        var textStart = source.NextLineStart(heading.Span.End);
        var text = keyed.Text.Length > 0 ? keyed.Text : null;
        if (mayBeTitle && heading.Level == 1 && structure is null && keyed.Key is null)
        {
            _title = text;
            _tree.StartAfterTitle(textStart);
            return;
        }
        var marker = new ProvisionMarker(line, source.LineStart(start), textStart, source.FileLine(heading.Span.End) + 1);
        if (structure is not null)
        {
            _wordLevels[StructureLine.WordOf(keyed.Text)] = heading.Level;
            _tree.OpenStructure(structure, keyed.Key, heading.Level, marker);
        }
        else if (keyed.Key is not null)
            _tree.TryOpenDivision(keyed.Key, text, heading.Level, marker);
    }

    // A structure line written as a paragraph has no # level: it takes its word's last heading level, else it ranks below
    // every heading and so nests in a heading of its rank.
    private void OpenStructureLine(ParagraphBlock paragraph, StructureHeading structure)
    {
        var level = _wordLevels.GetValueOrDefault(StructureLine.WordOf(paragraph.Lines.Lines[0].Slice.ToString()), StructureLine.Level);
        var start = paragraph.Span.Start;
        var line = source.FileLine(start);
        var marker = new ProvisionMarker(line, source.LineStart(start), source.NextLineStart(paragraph.Span.End), line + 1);
        _tree.OpenStructure(structure, null, level, marker);
    }

    private void ReadPart(ParagraphBlock paragraph, string articleNum)
    {
        var start = SkipSpaces(paragraph.Span.Start);
        if (start >= source.Length || PartRecognizer.Recognize(source.Text, start, articleNum) is not { } part)
            return;
        var line = source.FileLine(start);
        _tree.OpenPart(part, new ProvisionMarker(line, source.LineStart(start), SkipSpaces(start + part.Length), line));
    }

    // Markdig keeps a heading's text without its # marks; a setext heading may run over several lines.
    private static string TextOf(HeadingBlock heading)
    {
        var lines = heading.Lines;
        return lines.Count == 1
            ? lines.Lines[0].Slice.ToString()
            : string.Join(' ', lines.Lines.Take(lines.Count).Select(l => l.Slice.ToString().Trim()));
    }

    private int SkipSpaces(int offset)
    {
        offset = Math.Max(offset, 0);
        while (offset < source.Length && source.Text[offset] is ' ' or '\t')
            offset++;
        return offset;
    }
}
