using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Site;

/// <summary>Finds the text a page's URL names, for the version and provision pages alike.</summary>
public static class TextLookup
{
    public const string DefaultLanguage = "en";

    /// <param name="version">A label or <c>latest</c>; ignored when <paramref name="date"/> is given.</param>
    /// <param name="date">The date of an <c>at/yyyy-mm-dd</c> URL.</param>
    /// <returns>Null for an unknown instrument or version, or a date that is not a real <c>yyyy-mm-dd</c> date.</returns>
    public static RequestedText? Find(KnowledgeStore store, string slug, string? version, string? date, string? language)
    {
        if (store.Instrument(slug) is not { } instrument)
            return null;
        var found = date is not null ? VersionLookup.At(store, slug, date) : VersionLookup.Find(store, slug, version ?? VersionLookup.Latest);
        return found is null ? null : new RequestedText(instrument, store.Versions(slug), found, string.IsNullOrEmpty(language) ? DefaultLanguage : language, date);
    }

    /// <summary>The language to read another version in: the one wanted when the version has it, else English, else its first.</summary>
    public static string LanguageFor(StoredVersion version, string wanted) => ReadingLanguage.Of(version.Languages, wanted);
}
