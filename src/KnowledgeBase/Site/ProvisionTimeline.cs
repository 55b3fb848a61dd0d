using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Site;

/// <summary>A provision's history across every version of its instrument, matched by <see cref="ProvisionIdentities"/>.</summary>
/// <remarks>
/// Each other version is asked for the one provision that can carry the identity (<see cref="ProvisionIdentities.TryFindById"/>),
/// not read whole: a provision of the Code du Travail, with 28 versions of 1.7 MB each, took over a second when every version
/// was read. Only a provision known by a stable key needs the other versions' whole texts.
/// </remarks>
public static class ProvisionTimeline
{
    /// <param name="text">The text the page shows, holding <paramref name="eId"/>.</param>
    public static IReadOnlyList<HistoryEntry> Of(KnowledgeStore store, RequestedText requested, IReadOnlyList<StoredProvision> text, string eId)
    {
        var shown = new ProvisionIdentities(text);
        if (shown.IdentityOf(eId) is not { } identity)
            return [];
        // Translations share ids and keys, so a version without the page's language is matched in its English (or only) text.
        return [.. requested.Versions.Select(v =>
        {
            var language = TextLookup.LanguageFor(v, requested.Language);
            var provision = v.Label == requested.Version.Label && language == requested.Language ? shown.Find(identity)
                : ProvisionIdentities.TryFindById(identity, id => store.Provision(v.Slug, v.Label, language, id), out var found) ? found
                : new ProvisionIdentities(store.Provisions(v.Slug, v.Label, language)).Find(identity);
            return new HistoryEntry(v, provision, language);
        })];
    }
}
