using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>"Cited by": the provisions, of any instrument, whose citations point at a provision of a version or at a part inside it.</summary>
public static class CitingProvisions
{
    /// <summary>Each citing provision once, however many of its languages cite, named in <paramref name="language"/> where its text has it.</summary>
    public static IReadOnlyList<CitingProvision> Of(KnowledgeStore store, string slug, string version, string eId, string language)
    {
        var instruments = new Dictionary<string, StoredInstrument?>(StringComparer.Ordinal);
        var versions = new Dictionary<string, StoredVersion?>(StringComparer.Ordinal);
        var citing = new List<CitingProvision>();
        foreach (var source in store.CitationsTo(slug, version, eId).Select(c => (c.SourceKey, c.SourceEId)).Distinct())
        {
            var at = source.SourceKey.IndexOf('@', StringComparison.Ordinal);
            var (sourceSlug, sourceVersion) = (source.SourceKey[..at], source.SourceKey[(at + 1)..]);
            var instrument = Cached(instruments, sourceSlug, () => store.Instrument(sourceSlug));
            var stored = Cached(versions, source.SourceKey, () => store.Version(sourceSlug, sourceVersion));
            if (instrument is null || stored is null)
                continue;
            var textLanguage = TextLookup.LanguageFor(stored, language);
            var provision = store.Provision(sourceSlug, sourceVersion, textLanguage, source.SourceEId);
            citing.Add(new CitingProvision(sourceSlug, Titles.Of(instrument, language), sourceVersion, source.SourceEId,
                provision?.Label ?? source.SourceEId, textLanguage));
        }
        return citing;
    }

    private static T? Cached<T>(Dictionary<string, T?> cache, string key, Func<T?> load) where T : class
    {
        if (!cache.TryGetValue(key, out var value))
            cache[key] = value = load();
        return value;
    }
}
