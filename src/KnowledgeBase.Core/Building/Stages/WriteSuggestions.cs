using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search.Suggesting;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Writes the names a search box suggests while typing: procedure and instrument titles and short names, and headings.</summary>
/// <remarks>
/// Names come from the newest version that has a text in each language, not the newest version alone: the Migration Code's
/// Russian headings live only in older versions, and a Russian reader should still be offered them.
/// Each instrument's names are also kept beside the build (<see cref="Incremental.SuggestionSources"/>), so that an incremental build
/// makes the same list from the names of the instruments it did not read again.
/// </remarks>
public static class WriteSuggestions
{
    /// <summary>Writes into <paramref name="buildFolder"/> the list made from each instrument's names, given in corpus order,
    /// and the names themselves (<see cref="Incremental.SuggestionSources"/>), which the next incremental build starts from.</summary>
    public static int Run(IReadOnlyList<InstrumentSuggestions> instruments, string buildFolder)
    {
        var list = SuggestionList.Of(Names(instruments));
        SuggestionFile.Write(list, Path.Combine(buildFolder, SuggestionFile.Name));
        Incremental.SuggestionSources.Write(instruments, buildFolder);
        return list.Count;
    }

    public static IEnumerable<Suggestion> Names(LinkedCorpus corpus) => Names([.. corpus.Instruments.Select(Of)]);

    /// <summary>Every name in the order the list keeps the first of a repeated one: titles first, procedures before other
    /// instruments, so that a heading that repeats a procedure's title is not kept in its place; then headings.</summary>
    public static IEnumerable<Suggestion> Names(IReadOnlyList<InstrumentSuggestions> instruments) =>
        instruments.OrderBy(i => i.IsProcedure ? 0 : 1).SelectMany(i => i.Titles)
            .Concat(instruments.SelectMany(i => i.Headings));

    public static InstrumentSuggestions Of(LinkedInstrument instrument)
    {
        var isProcedure = instrument.Instrument.Kind == InstrumentKind.Procedure;
        var kind = isProcedure ? SuggestionKind.Procedure : SuggestionKind.Instrument;
        var titles = new List<Suggestion>();
        var headings = new List<Suggestion>();
        foreach (var text in instrument.NewestByLanguage())
        {
            var language = text.Text.Text.Language;
            var version = text.Version.Label;
            var title = text.Text.Text.Title ?? instrument.Instrument.Title.In(language);
            if (title is not null)
                titles.Add(new Suggestion(title, kind, language, instrument.Instrument.Slug, version, null));
            foreach (var name in instrument.Instrument.ShortNames.GetValueOrDefault(language) ?? [])
                titles.Add(new Suggestion(name, kind, language, instrument.Instrument.Slug, version, null));
            foreach (var provision in text.Text.Provisions)
                if (provision.Provision.Kind != ProvisionKind.Paragraph && !string.IsNullOrWhiteSpace(provision.Provision.Heading))
                    headings.Add(new Suggestion(provision.Provision.Heading, SuggestionKind.Provision, language,
                        instrument.Instrument.Slug, version, provision.Provision.EId));
        }
        return new InstrumentSuggestions(instrument.Instrument.Slug, isProcedure, titles, headings);
    }
}
