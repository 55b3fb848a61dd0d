using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>Finds the comparative table a URL names: two versions of one instrument in one language, compared once per build.</summary>
/// <remarks>
/// The page is computed within a <see cref="ComparisonBudget"/> and says when it was cut short; the Word document is made
/// with <see cref="ComparisonBudget.None"/>: a drafter downloads it to attach to a draft, rarely and on purpose, so a complete
/// table is worth more than 250 ms (and the complete comparison is then kept in the cache for the page too).
/// </remarks>
public static class ComparativeTables
{
    /// <param name="startBudget">Starts the page's budget once both texts are read, or gives <see cref="ComparisonBudget.None"/> for an export.</param>
    /// <returns>Null for an unknown instrument, a version it lacks (or one not named), or a language either version lacks.</returns>
    public static ComparativeTable? Find(RequestBuild build, ComparisonCache cache, string slug, string? from, string? to, string? language, UiLanguage ui, Func<ComparisonBudget> startBudget)
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
        var budget = startBudget();
        var key = new ComparisonKey(build.Manifest.Stamp, slug, earlier.Label, later.Label, lang, ComparisonOptions.Exact);
        var comparison = cache.GetOrCompute(key, () => ProvisionAligner.Compare(fromText, toText, ComparisonOptions.Exact, budget));
        return ComparativeTable.Of(instrument, earlier, later, lang, fromText, toText, comparison, ui, budget);
    }
}
