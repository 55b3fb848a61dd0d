using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Renders every provision's text, recognising and resolving its citations against the whole corpus.</summary>
public static class LinkCitations
{
    /// <summary>How many provisions of one text are rendered together: a longer text is rendered a part at a time on every core.</summary>
    public const int ProvisionsPerPart = 1024;

    public static (IReadOnlyList<LinkedInstrument> Instruments, IReadOnlyList<Citation> Citations) Run(
        IReadOnlyList<ParsedInstrument> instruments, CitationResolver resolver, LanguageCatalog languages, DiagnosticBag diagnostics,
        IReadOnlyList<LinkRule>? links = null, Func<string, IReadOnlyList<InstrumentName>>? names = null, int provisionsPerPart = ProvisionsPerPart) =>
        Link(instruments, Recognizers(instruments, languages, names), resolver, languages, diagnostics, links, provisionsPerPart);

    /// <summary>The same as <see cref="Run"/>, a run of consecutive instruments at a time (each run holding about
    /// <paramref name="provisionsPerBatch"/> provisions, or one instrument larger than that), in corpus order.</summary>
    /// <remarks>
    /// Citations resolve against the whole corpus whatever the batch, so a batch links exactly as the whole would; a build that
    /// writes each batch and lets it go holds one batch's HTML and plain text at a time, not the whole corpus's.
    /// A batch is linked only when the caller asks for it.
    /// </remarks>
    public static IEnumerable<(IReadOnlyList<LinkedInstrument> Instruments, IReadOnlyList<Citation> Citations)> InBatches(
        IReadOnlyList<ParsedInstrument> instruments, CitationResolver resolver, LanguageCatalog languages, DiagnosticBag diagnostics,
        IReadOnlyList<LinkRule>? links, int provisionsPerBatch)
    {
        var recognizers = Recognizers(instruments, languages, names: null);
        foreach (var batch in Batches(instruments, provisionsPerBatch))
            yield return Link(batch, recognizers, resolver, languages, diagnostics, links, ProvisionsPerPart);
    }

    /// <summary>Consecutive runs of instruments holding about <paramref name="provisionsPerBatch"/> provisions each.</summary>
    public static IEnumerable<IReadOnlyList<ParsedInstrument>> Batches(IReadOnlyList<ParsedInstrument> instruments, int provisionsPerBatch)
    {
        var batch = new List<ParsedInstrument>();
        var provisions = 0;
        foreach (var instrument in instruments)
        {
            batch.Add(instrument);
            provisions += instrument.Versions.Sum(v => v.Texts.Sum(t => Flatten(t.Provisions, null).Count()));
            if (provisions >= provisionsPerBatch)
            {
                yield return batch;
                (batch, provisions) = ([], 0);
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }

    // Other texts are recognised by their short names; an incremental build links a few instruments and names them all.
    private static Dictionary<string, CitationRecognizer?> Recognizers(
        IReadOnlyList<ParsedInstrument> instruments, LanguageCatalog languages, Func<string, IReadOnlyList<InstrumentName>>? names)
    {
        names ??= language => InstrumentNames(instruments, language);
        return languages.All.ToDictionary(
            l => l.Code,
            l => l.Citations is null ? null : new CitationRecognizer(l, names(l.Code)),
            StringComparer.Ordinal);
    }

    private static (IReadOnlyList<LinkedInstrument> Instruments, IReadOnlyList<Citation> Citations) Link(
        IReadOnlyList<ParsedInstrument> instruments, Dictionary<string, CitationRecognizer?> recognizers, CitationResolver resolver,
        LanguageCatalog languages, DiagnosticBag diagnostics, IReadOnlyList<LinkRule>? links, int provisionsPerPart)
    {
        var work = instruments.SelectMany(i => i.Versions.SelectMany(v => v.Texts.Select(t => (Version: v.Version, Text: t)))).ToList();
        var rendered = new (RenderedText Text, List<Citation> Citations)[work.Count];
        Parallel.For(0, work.Count, i =>
            rendered[i] = Render(work[i].Version, work[i].Text, languages[work[i].Text.Language], recognizers[work[i].Text.Language], resolver, diagnostics, links, provisionsPerPart));

        var byVersion = rendered.ToLookup(r => (r.Text.Text.Slug, r.Text.Text.Version));
        var linked = instruments.Select(i => new LinkedInstrument(
            i.Instrument,
            [.. i.Versions.Select(v => new LinkedVersion(v.Version, [.. byVersion[(i.Instrument.Slug, v.Version.Label)].Select(r => r.Text)]))])).ToList();
        return (linked, [.. rendered.SelectMany(r => r.Citations)]);
    }

    private static (RenderedText, List<Citation>) Render(
        InstrumentVersion version, VersionText text, LanguageProfile language, CitationRecognizer? recognizer, CitationResolver resolver, DiagnosticBag diagnostics,
        IReadOnlyList<LinkRule>? links, int provisionsPerPart)
    {
        var context = new CitingContext(text.Slug, text.Version, text.Language, version.Date, text.Path, version.Visibility);
        var linker = new CitationLinker(recognizer, resolver, context, links);
        var provisions = new List<RenderedProvision>();
        var citations = new List<Citation>();
        var flat = Flatten(text.Provisions, null).ToList();
        // Each provision renders alone (the linker keeps no state between them), so a long text is rendered in parts at once:
        // an incremental build that reads again only the newest Code du travail (ten thousand provisions) links one text.
        // What follows from the renderings (diagnostics, citations, order) is collected in document order, as before.
        var outputs = new RenderedMarkdown[flat.Count];
        Parallel.For(0, flat.Count / provisionsPerPart + (flat.Count % provisionsPerPart == 0 ? 0 : 1), part =>
        {
            var start = part * provisionsPerPart;
            for (var i = start; i < start + Math.Min(provisionsPerPart, flat.Count - start); i++)
                outputs[i] = ProvisionRenderer.Render(flat[i].Provision.Text, linker);
        });
        for (var p = 0; p < flat.Count; p++)
        {
            var (provision, parent) = flat[p];
            var output = outputs[p];
            if (output.Problem is { } problem)
                diagnostics.Error(text.Path, provision.TextLine, DiagnosticCodes.UnreadableFile, problem);
            provisions.Add(new RenderedProvision(provision, parent, provisions.Count, ProvisionLabels.For(provision, language), output.Html, output.PlainText));
            var source = new ProvisionAddress(text.Slug, text.Version, provision.EId);
            foreach (var cited in output.Citations)
            {
                var line = provision.TextLine + cited.LineOffset;
                if (cited.Resolution.Problem is { } unresolved)
                    diagnostics.Warning(text.Path, line, cited.Resolution.Code!, $"'{cited.Text}': {unresolved}");
                citations.Add(new Citation(source, text.Language, cited.Text, cited.Resolution.Target, line));
            }
        }
        return (new RenderedText(text, provisions), citations);
    }

    /// <summary>Document order with each provision's parent, without recursion (real texts nest deeply).</summary>
    private static IEnumerable<(Provision Provision, string? Parent)> Flatten(IReadOnlyList<Provision> roots, string? rootParent)
    {
        var stack = new Stack<(Provision, string?)>();
        for (var i = roots.Count - 1; i >= 0; i--)
            stack.Push((roots[i], rootParent));
        while (stack.Count > 0)
        {
            var (provision, parent) = stack.Pop();
            yield return (provision, parent);
            for (var i = provision.Children.Count - 1; i >= 0; i--)
                stack.Push((provision.Children[i], provision.EId));
        }
    }

    public static List<InstrumentName> InstrumentNames(IEnumerable<ParsedInstrument> instruments, string language) =>
        [.. instruments
            .Where(i => i.Instrument.ShortNames.ContainsKey(language))
            .Select(i => new InstrumentName(i.Instrument.Slug, i.Instrument.ShortNames[language]))];
}
