using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>Finds the comparative table a URL names: two versions of one instrument in one language, compared once per build.</summary>
public static class ComparativeTables
{
    /// <returns>Null for an unknown instrument, a version it lacks (or one not named), or a language either version lacks.</returns>
    public static ComparativeTable? Find(RequestBuild build, ComparisonCache cache, string slug, string? from, string? to, string? language, UiLanguage ui)
    {
        var store = build.Store;
        var lang = string.IsNullOrEmpty(language) ? TextLookup.DefaultLanguage : language;
        if (store.Instrument(slug) is not { } instrument
            || string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to)
            || VersionLookup.Find(store, slug, from) is not { } earlier || VersionLookup.Find(store, slug, to) is not { } later
            || !earlier.Languages.Contains(lang) || !later.Languages.Contains(lang))
            return null;

        var fromText = store.Provisions(slug, earlier.Label, lang);
        var toText = store.Provisions(slug, later.Label, lang);
        var key = new ComparisonKey(build.Manifest.Stamp, slug, earlier.Label, later.Label, lang, ComparisonOptions.Exact);
        var comparison = cache.GetOrCompute(key, () => ProvisionAligner.Compare(fromText, toText, ComparisonOptions.Exact));
        return ComparativeTable.Of(instrument, earlier, later, lang, fromText, toText, comparison, ui);
    }
}
