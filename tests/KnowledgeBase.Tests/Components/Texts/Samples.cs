using KnowledgeBase.Core.Storage;
using KnowledgeBase.Site;

namespace KnowledgeBase.Tests.Components.Texts;

/// <summary>Stored instruments and versions for components' tests, modelled on the Migration Code.</summary>
internal static class Samples
{
    public static StoredInstrument Code { get; } = new()
    {
        Id = "migration-code",
        Kind = "code",
        Title = new() { ["en"] = "Migration Code", ["az"] = "Miqrasiya Məcəlləsi" },
        Notice = new() { ["en"] = "Unofficial text.", ["az"] = "Qeyri-rəsmi mətn." },
    };

    public static StoredVersion CabinetDraft { get; } = Version("2011-cabinet-draft", "2011-11-30", "submitted", "en");

    public static StoredVersion Adopted { get; } = Version("2013-07-adopted", "2013-07-02", "adopted", "en", "az");

    public static StoredVersion Amended { get; } = Version("2014-10-amended", "2014-10-17", "in-force", "en", "az");

    public static StoredVersion Later { get; } = Version("2018-amended", "2018-03-01", "in-force", "en");

    public static IReadOnlyList<StoredVersion> All { get; } = [CabinetDraft, Adopted, Amended, Later];

    public static RequestedText Text(StoredVersion version, string language = "en", string? askedDate = null) =>
        new(Code, All, version, language, askedDate);

    public static StoredVersion Version(string label, string date, string status, params string[] languages) => new()
    {
        Id = $"migration-code@{label}",
        Slug = "migration-code",
        Label = label,
        Date = date,
        Status = status,
        Visibility = "public",
        Languages = [.. languages],
    };
}
