using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search.Suggesting;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Stage 8b: writes the names a search box suggests while typing: procedure and instrument titles and short names, and headings.</summary>
/// <remarks>
/// Names come from the newest version that has a text in each language, not the newest version alone: the Migration Code's
/// Russian headings live only in older versions, and a Russian reader should still be offered them.
/// </remarks>
public static class WriteSuggestions
{
    public static int Run(LinkedCorpus corpus, string path)
    {
        var list = SuggestionList.Of(Names(corpus));
        SuggestionFile.Write(list, path);
        return list.Count;
    }

    public static IEnumerable<Suggestion> Names(LinkedCorpus corpus)
    {
        // Titles first, so that a heading that repeats a procedure's title is not kept in its place.
        foreach (var instrument in corpus.Instruments.OrderBy(i => i.Instrument.Kind == InstrumentKind.Procedure ? 0 : 1))
        {
            var kind = instrument.Instrument.Kind == InstrumentKind.Procedure ? SuggestionKind.Procedure : SuggestionKind.Instrument;
            foreach (var (language, text) in NewestTextByLanguage(instrument))
            {
                var version = text.Version.Label;
                var title = text.Text.Text.Title ?? instrument.Instrument.Title.In(language);
                if (title is not null)
                    yield return new Suggestion(title, kind, language, instrument.Instrument.Slug, version, null);
                foreach (var name in instrument.Instrument.ShortNames.GetValueOrDefault(language) ?? [])
                    yield return new Suggestion(name, kind, language, instrument.Instrument.Slug, version, null);
            }
        }
        foreach (var instrument in corpus.Instruments)
            foreach (var (language, text) in NewestTextByLanguage(instrument))
                foreach (var provision in text.Text.Provisions)
                    if (provision.Provision.Kind != ProvisionKind.Paragraph && !string.IsNullOrWhiteSpace(provision.Provision.Heading))
                        yield return new Suggestion(provision.Provision.Heading, SuggestionKind.Provision, language,
                            instrument.Instrument.Slug, text.Version.Label, provision.Provision.EId);
    }

    private static IEnumerable<(string Language, (InstrumentVersion Version, RenderedText Text) Text)> NewestTextByLanguage(LinkedInstrument instrument) =>
        instrument.Versions
            .SelectMany(v => v.Texts.Select(t => (v.Version, Text: t)))
            .GroupBy(t => t.Text.Text.Language, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Last()));
}
