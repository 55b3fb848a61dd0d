using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>The two versions of one instrument a comparison page names, the language they are read in and the drafter's options.</summary>
/// <param name="Versions">Every version of the instrument, oldest first: what the dropdowns offer.</param>
/// <param name="Languages">The languages both versions are written in: what the language choice offers.</param>
public sealed record ComparedVersions(
    StoredInstrument Instrument,
    IReadOnlyList<StoredVersion> Versions,
    StoredVersion From,
    StoredVersion To,
    string Language,
    IReadOnlyList<string> Languages,
    ComparisonOptions Options)
{
    public string Slug => Instrument.Id;

    /// <summary>
    /// Finds what the URL names; a missing version defaults to the newest (<paramref name="to"/>) and the one before it
    /// (<paramref name="from"/>). Null for an unknown instrument or version, or a language one of the two lacks.
    /// </summary>
    public static ComparedVersions? Find(KnowledgeStore store, string slug, string? from, string? to, string? language, ComparisonOptions options)
    {
        if (store.Instrument(slug) is not { } instrument)
            return null;
        var versions = store.Versions(slug);
        if (versions.Count == 0)
            return null;
        var toVersion = string.IsNullOrEmpty(to) ? versions[^1] : versions.FirstOrDefault(v => v.Label == to);
        var fromVersion = string.IsNullOrEmpty(from) ? versions[Math.Max(0, versions.Count - 2)] : versions.FirstOrDefault(v => v.Label == from);
        if (fromVersion is null || toVersion is null)
            return null;
        var languages = fromVersion.Languages.Intersect(toVersion.Languages, StringComparer.Ordinal).ToList();
        var wanted = string.IsNullOrEmpty(language) ? TextLookup.DefaultLanguage : language;
        return languages.Contains(wanted) ? new ComparedVersions(instrument, versions, fromVersion, toVersion, wanted, languages, options) : null;
    }
}
