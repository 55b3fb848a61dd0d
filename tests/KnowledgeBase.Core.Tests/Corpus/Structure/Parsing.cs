using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

/// <summary>Parses a body as the indexer would, keeping the diagnostics for the test to look at.</summary>
internal sealed class Parsing
{
    public const string Path = "migration-code/2013-07-adopted.az.md";

    private Parsing(ParsedStructure result, DiagnosticBag diagnostics)
    {
        Result = result;
        Diagnostics = diagnostics;
    }

    public ParsedStructure Result { get; }

    public DiagnosticBag Diagnostics { get; }

    public string[] Outline => Structure.Outline.Of(Result.Provisions);

    /// <summary>Every diagnostic as the indexer prints it, with the file path left out: <c>12: warning KB102: …</c>.</summary>
    public string[] Messages => [.. Diagnostics.Sorted().Select(d => d.ToString()[(Path.Length + 1)..])];

    public IEnumerable<Provision> All => Result.Provisions.SelectMany(p => p.SelfAndDescendants());

    public static Parsing Of(string language, string body, int firstLine = 1)
    {
        var diagnostics = new DiagnosticBag();
        var result = new StructureParser(LanguageCatalog.BuiltIn[language]).Parse(body, firstLine, Path, diagnostics);
        return new Parsing(result, diagnostics);
    }

    public Provision this[string eId] => All.Single(p => p.EId == eId);
}
