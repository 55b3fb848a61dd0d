using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Reads every instrument.yml and every version's front matter, and groups translations into versions.</summary>
public static class ReadFrontMatter
{
    /// <param name="limits">Bounds on a version file's size (<c>limits:</c> in kb.yml); the defaults when not given.</param>
    /// <param name="bodyNeeded">Whether a file (by its path) is to be parsed; one that is not is read for its front matter alone
    /// (<see cref="FrontMatterReader.ReadHead"/>) unless another file of its version is to be parsed. Null: every file is read whole.</param>
    public static IReadOnlyList<InstrumentSource> Run(CorpusLayout layout, LanguageCatalog languages, DiagnosticBag diagnostics, ContentLimits? limits = null,
        Func<string, bool>? bodyNeeded = null)
    {
        var results = new InstrumentSource?[layout.Instruments.Count];
        Parallel.For(0, layout.Instruments.Count, i => results[i] = ReadInstrument(layout.Instruments[i], languages, diagnostics, limits, bodyNeeded));
        return [.. results.OfType<InstrumentSource>()];
    }

    private static InstrumentSource? ReadInstrument(InstrumentFolder folder, LanguageCatalog languages, DiagnosticBag diagnostics, ContentLimits? limits,
        Func<string, bool>? bodyNeeded)
    {
        var instrument = InstrumentReader.Read(folder, diagnostics);
        var sources = new List<VersionSource>();
        foreach (var file in folder.Versions)
        {
            if (!languages.TryGet(file.Language, out _))
            {
                diagnostics.Error(file.File.Path, 1, DiagnosticCodes.UnknownLanguage,
                    $"no language '{file.Language}' is known: built in are en, az, ru; declare others in content/kb.yml");
                continue;
            }
            var source = bodyNeeded?.Invoke(file.File.Path) == false
                ? FrontMatterReader.ReadHead(file, diagnostics, limits)
                : FrontMatterReader.Read(file, diagnostics, limits);
            if (source is not null)
                sources.Add(source);
        }
        if (instrument is null)
            return null;
        if (bodyNeeded is not null)
            sources = WholeVersions(sources, bodyNeeded, diagnostics, limits);
        var versions = sources
            .GroupBy(s => s.Label, StringComparer.Ordinal)
            .Select(g => Group(folder.Slug, [.. g], diagnostics))
            .OfType<VersionGroup>()
            .OrderBy(v => v.Version.Date)
            .ThenBy(v => v.Version.Label, StringComparer.Ordinal)
            .ToList();
        return new InstrumentSource(instrument, versions);
    }

    /// <summary>The sources with every translation of a version to be parsed read whole: a version is parsed in all its languages.</summary>
    /// <remarks>A file read for its front matter gave no error then, so reading it again reports only what its body holds.</remarks>
    private static List<VersionSource> WholeVersions(List<VersionSource> sources, Func<string, bool> bodyNeeded, DiagnosticBag diagnostics, ContentLimits? limits)
    {
        var parsed = sources.Where(s => bodyNeeded(s.Path)).Select(s => s.Label).ToHashSet(StringComparer.Ordinal);
        return [.. sources
            .Select(s => bodyNeeded(s.Path) || !parsed.Contains(s.Label) ? s : FrontMatterReader.Read(s.File, diagnostics, limits))
            .OfType<VersionSource>()];
    }

    private static VersionGroup? Group(string slug, List<VersionSource> files, DiagnosticBag diagnostics)
    {
        var ordered = files.OrderBy(f => f.Language == "en" ? "" : f.Language, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
        var first = ordered[0];
        var accepted = new List<VersionSource> { first };
        foreach (var other in ordered.Skip(1))
        {
            if (accepted.Any(a => a.Language == other.Language))
            {
                diagnostics.Error(other.Path, 1, DiagnosticCodes.DuplicateVersion,
                    $"version '{other.Label}' in '{other.Language}' is already given by {accepted.First(a => a.Language == other.Language).Path}");
                continue;
            }
            var disagreement = Disagreement(first, other);
            if (disagreement is not null)
            {
                diagnostics.Error(other.Path, 1, DiagnosticCodes.TranslationMismatch,
                    $"translations of version '{other.Label}' must agree: {disagreement} differs from {first.Path}");
                continue;
            }
            accepted.Add(other);
        }
        var version = new InstrumentVersion(slug, first.Label, first.Date, first.Status, first.Visibility, first.Note, first.LegalBasis,
            [.. accepted.Select(a => a.Language)]);
        return new VersionGroup(version, accepted);
    }

    private static string? Disagreement(VersionSource a, VersionSource b) =>
        a.Date != b.Date ? "date"
        : a.Status != b.Status ? "status"
        : a.Visibility != b.Visibility ? "visibility"
        : !a.LegalBasis.Select(l => l.Reference).SequenceEqual(b.LegalBasis.Select(l => l.Reference), StringComparer.Ordinal) ? "legal-basis"
        : null;
}
