using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Structure;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Parses each version file's body into its provision tree.</summary>
public static class ParseStructure
{
    public static IReadOnlyList<ParsedInstrument> Run(IReadOnlyList<InstrumentSource> instruments, LanguageCatalog languages, DiagnosticBag diagnostics)
    {
        var parsers = languages.All.ToDictionary(l => l.Code, l => new StructureParser(l), StringComparer.Ordinal);
        var files = instruments.SelectMany(i => i.Versions.SelectMany(v => v.Translations)).ToList();
        var texts = new VersionText[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var source = files[i];
            var parsed = parsers[source.Language].Parse(source.Body, source.BodyLine, source.Path, diagnostics);
            texts[i] = new VersionText(source.Slug, source.Label, source.Language, source.Path, parsed.Title, parsed.Provisions);
        });

        var byVersion = texts.ToLookup(t => (t.Slug, t.Version));
        return [.. instruments.Select(i => new ParsedInstrument(
            i.Instrument,
            [.. i.Versions.Select(v => new ParsedVersion(v.Version, [.. byVersion[(i.Instrument.Slug, v.Version.Label)]]))]))];
    }
}
