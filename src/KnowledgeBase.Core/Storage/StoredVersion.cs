using System.Globalization;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Storage;

/// <summary>A version as stored; <see cref="Id"/> is <see cref="StoreSchema.VersionKey"/>.</summary>
public sealed class StoredVersion
{
    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>ISO date (yyyy-MM-dd): sorts as text and survives LiteDB's date handling unchanged.</summary>
    public string Date { get; set; } = "";
    public string Status { get; set; } = "";
    public string Visibility { get; set; } = "";
    public string? Note { get; set; }
    public List<string> Languages { get; set; } = [];
    /// <summary>Per language, the document's title heading.</summary>
    public Dictionary<string, string> Titles { get; set; } = [];
    public List<string> LegalBasis { get; set; } = [];

    /// <summary>The version as the model knows it, so rules such as <see cref="Versions.VersionInForce"/> apply to stored versions too.</summary>
    public InstrumentVersion ToModel() => new(
        Slug,
        Label,
        DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        EnumNames.TryParse<VersionStatus>(Status, out var status) ? status : VersionStatus.Draft,
        EnumNames.TryParse<Visibility>(Visibility, out var visibility) ? visibility : Model.Visibility.Internal,
        Note,
        [.. LegalBasis.Select(reference => new LegalBasisEntry(reference, 0))],
        Languages);
}
