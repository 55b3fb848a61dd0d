using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Procedures;

/// <summary>The procedures of a build, grouped by topic for the procedures index.</summary>
public static class ProcedureCatalog
{
    public const string Kind = "procedure";

    /// <summary>About one line of text.</summary>
    public const int SummaryLength = 180;

    /// <summary>Topics in their fixed order, procedures by title within each.</summary>
    public static IReadOnlyList<IGrouping<string?, ProcedureSummary>> ByTopic(KnowledgeStore store, string language)
    {
        var summaries = new List<ProcedureSummary>();
        foreach (var instrument in store.Instruments().Where(i => i.Kind == Kind))
        {
            if (store.Versions(instrument.Id) is not [.., var newest])
                continue;
            summaries.Add(Summarise(store, instrument, newest, language));
        }
        return [.. summaries
            .OrderBy(s => s.Title, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true))
            .GroupBy(s => s.Topic)
            .OrderBy(g => Topics.Rank(g.Key))];
    }

    private static ProcedureSummary Summarise(KnowledgeStore store, StoredInstrument instrument, StoredVersion newest, string language)
    {
        var titleLanguage = instrument.Title.ContainsKey(language) ? language : "en";
        var textLanguage = TextLookup.LanguageFor(newest, language);
        var preamble = store.Provision(instrument.Id, newest.Label, textLanguage, "preamble");
        var summary = preamble is null ? "" : PlainText.Shorten(PlainText.FromHtml(preamble.Html), SummaryLength);
        return new ProcedureSummary(instrument.Id, instrument.Topic, Titles.Of(instrument, language), titleLanguage, summary, textLanguage, newest);
    }
}
