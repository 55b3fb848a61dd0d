using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Diagnostics;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Reads the provision tree of one version file from its Markdown body: sections, chapters, articles, parts, divisions, the preamble and the title.</summary>
/// <remarks>
/// The rules are those of <c>docs/content-format.md</c>, "Structure" and "Provision ids". Structure is read from Markdig's
/// blocks, so code, HTML and block quotes are never structure. A parser holds no state between bodies and may be shared by threads.
/// </remarks>
public sealed class StructureParser
{
    private readonly HeadingClassifier _classifier;

    public StructureParser(LanguageProfile language)
    {
        ArgumentNullException.ThrowIfNull(language);
        _classifier = HeadingClassifier.For(language);
    }

    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="firstLine">The 1-based file line on which <paramref name="body"/> starts.</param>
    /// <param name="path">The file path for diagnostics.</param>
    /// <remarks>Never throws on any input string: what cannot be read is reported to <paramref name="diagnostics"/>, and no text is dropped.</remarks>
    public ParsedStructure Parse(string body, int firstLine, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var source = new SourceText(body, firstLine);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, StructurePipeline.Instance);
        }
        catch (Exception e)
        {
            // Markdig refuses input nested deeper than it can handle safely (an ArgumentException); whatever stops the Markdown
            // parser is this file's problem, to be reported like any other, not a reason to stop the run.
            diagnostics.Error(path, firstLine, DiagnosticCodes.UnreadableFile, $"the Markdown cannot be read ({e.Message}); its whole text is kept as the preamble");
            return new ParsedStructure(null, new ProvisionTreeBuilder(source, path, diagnostics).Build());
        }
        return new BodyReader(_classifier, source, path, diagnostics).Read(document);
    }
}
