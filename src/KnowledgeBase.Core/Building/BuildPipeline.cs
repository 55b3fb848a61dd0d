using System.Diagnostics;
using KnowledgeBase.Core.Building.Incremental;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Storage;
using Diagnostic = KnowledgeBase.Core.Diagnostics.Diagnostic;

namespace KnowledgeBase.Core.Building;

/// <summary>Runs the stages that turn <c>content/</c> into a published build, in order, and publishes only a build without errors.</summary>
/// <remarks>
/// Shared by the indexer (its command line) and the site (which builds on start when no build matches the content).
/// Every stage reports into one diagnostic bag and the run goes as far as it can, so one run reports all errors.
/// </remarks>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        BuildResult? incremental = null;
        var inventory = options.CheckOnly || !Directory.Exists(options.ContentPath)
            ? null
            : TakeInventory(options, new BuildFolders(options.DataPath, options.Audience), progress, out incremental);
        if (incremental is not null)
            return incremental;
        var fingerprint = inventory is null ? "" : options.ContentFingerprint ?? ContentFingerprint.Of(inventory);
        var (parsed, diagnostics) = ReadParsed(options, progress);
        if (parsed is null || options.CheckOnly || HasErrors(diagnostics, options.Strict))
        {
            // Nothing is written: the texts are still linked, so that one run reports every problem.
            var corpus = parsed is null ? null : Link(parsed, diagnostics, progress);
            return Finish(options, diagnostics, corpus is null ? null : Summarize(corpus, 0, clock), null, clock);
        }

        var folders = new BuildFolders(options.DataPath, options.Audience);
        var stamp = BuildFolders.NewStamp();
        var partial = folders.PartialPath(stamp);
        try
        {
            Directory.CreateDirectory(partial);
            progress?.Report("linking citations, writing the store and the index a batch at a time");
            var figures = LinkAndWrite.Run(parsed, new CitationResolver(new ProvisionCatalog(parsed.Instruments)), diagnostics, partial);
            var outline = Outline(parsed);
            if (HasErrors(diagnostics, options.Strict))
            {
                // Linking found errors only once the batches were written: the folder goes, as if it had never been made.
                BuildPublisher.Discard(partial);
                return Finish(options, diagnostics, Summarize(outline, figures, 0, clock), null, clock);
            }
            WriteSuggestions.Run(figures.Suggestions, partial);
            ShortNames.Write(ShortNames.Of(parsed.Instruments.Select(i => i.Instrument)), partial);
            WriteCatalogue.Run(figures.Catalogue, partial);
            var published = IncrementalBuild.PublishedPaths(outline);
            inventory!.Published(options.Audience, published.Contains).WriteTo(partial);
            var summary = Summarize(outline, figures, figures.IndexedDocuments, clock);
            new BuildManifest(stamp, folders.Audience.ToString().ToLowerInvariant(), fingerprint, DateTimeOffset.UtcNow,
                summary.Instruments, summary.Versions, summary.Provisions, summary.Citations, summary.ResolvedCitations, summary.IndexedDocuments,
                BuildFile.List(partial)).WriteTo(partial);
            progress?.Report("publishing");
            BuildPublisher.Publish(folders, stamp);
            return Finish(options, diagnostics, Summarize(outline, figures, figures.IndexedDocuments, clock), stamp, clock);
        }
        catch
        {
            BuildPublisher.Discard(partial);
            throw;
        }
    }

    /// <summary>The parsed corpus without its texts' provisions: what the build's file list and figures need once the batches
    /// are written and let go.</summary>
    private static LinkedCorpus Outline(ParsedContent parsed) => new(
        [.. parsed.Instruments.Select(i => new LinkedInstrument(i.Instrument,
            [.. i.Versions.Select(v => new LinkedVersion(v.Version, [.. v.Texts.Select(t => new RenderedText(t, []))]))]))],
        [], []);

    /// <summary>Takes the content's inventory and, when only some instruments changed since the published build, makes the
    /// new build from it (<paramref name="incremental"/>); otherwise the caller makes a full build.</summary>
    /// <remarks>A strict build reads everything: the warnings of instruments not read again would go unreported.</remarks>
    private static ContentInventory TakeInventory(BuildOptions options, BuildFolders folders, IProgress<string>? progress, out BuildResult? incremental)
    {
        incremental = null;
        var previousStamp = folders.ReadCurrentStamp();
        var previousBuild = previousStamp is null ? null : folders.BuildPath(previousStamp);
        var previous = previousBuild is null ? null : ContentInventory.ReadFrom(previousBuild);
        progress?.Report("taking the inventory");
        var inventory = ContentInventory.Take(options.ContentPath, previous);
        var plan = RebuildPlan.Decide(previous, inventory, options.Full || options.Strict);
        progress?.Report(plan.Full ? $"full build: {plan.Reason}" : $"incremental build: {plan.Reason}");
        if (!plan.Full)
        {
            incremental = IncrementalBuild.TryRun(options, plan, previous!, inventory, folders, previousBuild!, out var fallback, progress);
            if (fallback is not null)
                progress?.Report($"full build: {fallback}");
        }
        return inventory;
    }

    /// <summary>Runs the stages that read, parse and link content (everything but writing), reporting into one bag.</summary>
    /// <returns>The linked corpus, or null when the content folder does not exist.</returns>
    public static (LinkedCorpus? Corpus, DiagnosticBag Diagnostics) Read(BuildOptions options, IProgress<string>? progress = null)
    {
        var (parsed, diagnostics) = ReadParsed(options, progress);
        return (parsed is null ? null : Link(parsed, diagnostics, progress), diagnostics);
    }

    private static (ParsedContent? Parsed, DiagnosticBag Diagnostics) ReadParsed(BuildOptions options, IProgress<string>? progress)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.ContentPath))
        {
            diagnostics.Error(options.ContentPath, 1, DiagnosticCodes.UnreadableFile, "the content folder does not exist");
            return (null, diagnostics);
        }
        return (Parse(options, diagnostics, progress), diagnostics);
    }

    /// <summary>Stages 1–5: finds, reads and parses the content (only the instrument folders <paramref name="only"/> names, when given).</summary>
    /// <param name="narrow">Chooses, from the instruments as their front matter gives them (audience selected), what is parsed:
    /// an incremental build parses only the changed versions of an instrument whose version files alone changed.</param>
    /// <param name="bodyNeeded">Whether a version file (by path) may be parsed: one that may not is read for its front matter alone (see <see cref="ReadFrontMatter"/>).</param>
    public static ParsedContent Parse(BuildOptions options, DiagnosticBag diagnostics, IProgress<string>? progress = null, IReadOnlyCollection<string>? only = null,
        Func<IReadOnlyList<InstrumentSource>, IReadOnlyList<InstrumentSource>>? narrow = null, Func<string, bool>? bodyNeeded = null)
    {
        progress?.Report("discovering files");
        var layout = DiscoverFiles.Run(options.ContentPath, diagnostics, only);
        var (languages, limits) = SettingsReader.ReadAll(layout.Settings, diagnostics);
        var links = LinkRulesReader.Read(layout.Settings, diagnostics);
        var synonyms = SynonymReader.Read(layout.Settings, languages, diagnostics);

        progress?.Report("reading front matter");
        var sources = SelectAudience.Run(ReadFrontMatter.Run(layout, languages, diagnostics, limits, bodyNeeded), options.Audience);
        if (narrow is not null)
            sources = narrow(sources);

        progress?.Report($"parsing {sources.Sum(s => s.Versions.Sum(v => v.Translations.Count))} files");
        return new ParsedContent(ParseStructure.Run(sources, languages, diagnostics), languages, links) { Synonyms = synonyms };
    }

    /// <summary>Stages 6–7: renders and links the parsed instruments' texts and resolves their legal bases.</summary>
    /// <param name="catalog">What citations resolve against: the parsed instruments by default; an incremental build adds the published ones.</param>
    /// <param name="names">Every instrument's short names in a language, when not all instruments were parsed.</param>
    public static LinkedCorpus Link(ParsedContent parsed, DiagnosticBag diagnostics, IProgress<string>? progress = null,
        ProvisionCatalog? catalog = null, Func<string, IReadOnlyList<InstrumentName>>? names = null)
    {
        progress?.Report("linking citations");
        var resolver = new CitationResolver(catalog ?? new ProvisionCatalog(parsed.Instruments));
        var (linked, citations) = LinkCitations.Run(parsed.Instruments, resolver, parsed.Languages, diagnostics, parsed.Links, names);
        var legalBasis = ResolveLegalBasis.Run(parsed.Instruments, resolver, diagnostics);
        return new LinkedCorpus(linked, citations, legalBasis) { Synonyms = parsed.Synonyms };
    }

    private static bool HasErrors(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.Sorted().Any(d => IsError(d, strict));

    private static bool IsError(Diagnostic d, bool strict) =>
        d.Severity == Severity.Error || (strict && d.Code != DiagnosticCodes.ExternalCitation);

    private static BuildResult Finish(BuildOptions options, DiagnosticBag diagnostics, BuildSummary? figures, string? stamp, Stopwatch clock)
    {
        var reported = diagnostics.Sorted()
            .Select(d => IsError(d, options.Strict) ? d with { Severity = Severity.Error } : d)
            .ToList();
        var summary = (figures ?? new BuildSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, clock.Elapsed)) with
        {
            Errors = reported.Count(d => d.Severity == Severity.Error),
            Warnings = reported.Count(d => d.Severity == Severity.Warning),
        };
        var succeeded = summary.Errors == 0 && (options.CheckOnly || stamp is not null);
        return new BuildResult(succeeded, stamp, summary, reported);
    }

    /// <summary>The corpus's figures; warnings and errors are counted by <see cref="Finish"/>, which knows whether the run is strict.</summary>
    private static BuildSummary Summarize(LinkedCorpus corpus, int indexed, Stopwatch clock) => new(
        Instruments: corpus.Instruments.Count,
        Versions: corpus.Instruments.Sum(i => i.Versions.Count),
        Files: corpus.Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Count)),
        Provisions: corpus.Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Sum(t => t.Provisions.Count))),
        Citations: corpus.Citations.Count,
        ResolvedCitations: corpus.Citations.Count(c => c.Resolved),
        IndexedDocuments: indexed,
        Warnings: 0,
        Errors: 0,
        Elapsed: clock.Elapsed);

    /// <summary>The same figures for a corpus that was linked and written a batch at a time.</summary>
    private static BuildSummary Summarize(LinkedCorpus outline, LinkedFigures figures, int indexed, Stopwatch clock) =>
        Summarize(outline, indexed, clock) with
        {
            Provisions = figures.Provisions,
            Citations = figures.Citations,
            ResolvedCitations = figures.ResolvedCitations,
        };
}
