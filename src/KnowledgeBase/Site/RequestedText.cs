using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>The text a page's URL names: an instrument's version (by label, <c>latest</c> or a date) in one language.</summary>
/// <param name="Versions">All the instrument's versions, oldest first.</param>
/// <param name="AskedDate">The date of an <c>at/yyyy-mm-dd</c> URL; null for a label or <c>latest</c>.</param>
public sealed record RequestedText(
    StoredInstrument Instrument,
    IReadOnlyList<StoredVersion> Versions,
    StoredVersion Version,
    string Language,
    string? AskedDate)
{
    public string Slug => Instrument.Id;

    /// <summary>False when the version exists but not in the language asked for: the page answers 404 and lists the languages it has.</summary>
    public bool HasLanguage => Version.Languages.Contains(Language);

    /// <summary>The next version after this one, if any.</summary>
    public StoredVersion? Newer => Versions.SkipWhile(v => v.Label != Version.Label).Skip(1).FirstOrDefault();

    public StoredVersion Newest => Versions[^1];
}
