using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Site;

/// <summary>A provision's history across every version of its instrument, read from the store and matched by <see cref="ProvisionHistory"/>.</summary>
public static class ProvisionTimeline
{
    /// <param name="text">The text the page shows, holding <paramref name="eId"/>.</param>
    public static IReadOnlyList<HistoryEntry> Of(KnowledgeStore store, RequestedText requested, IReadOnlyList<StoredProvision> text, string eId)
    {
        // Translations share ids and keys, so a version without the page's language is matched in its English (or only) text.
        var texts = requested.Versions.Select(v =>
        {
            var language = TextLookup.LanguageFor(v, requested.Language);
            var provisions = v.Label == requested.Version.Label && language == requested.Language ? text : store.Provisions(v.Slug, v.Label, language);
            return (Version: v, Language: language, Provisions: new VersionProvisions(v.Label, provisions));
        }).ToList();
        var occurrences = ProvisionHistory.Trace(eId, new VersionProvisions(requested.Version.Label, text), [.. texts.Select(t => t.Provisions)]);
        return [.. occurrences.Select((o, i) => new HistoryEntry(texts[i].Version, o.Provision, texts[i].Language))];
    }
}
