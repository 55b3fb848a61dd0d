using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>A version file after its front matter is read: the metadata and the Markdown body still to parse.</summary>
/// <param name="BodyLine">The file line on which <see cref="Body"/> starts.</param>
public sealed record VersionSource(
    VersionFile File,
    string Label,
    DateOnly Date,
    VersionStatus Status,
    Visibility Visibility,
    string? Note,
    IReadOnlyList<LegalBasisEntry> LegalBasis,
    string Body,
    int BodyLine)
{
    public string Slug => File.Slug;

    public string Language => File.Language;

    public string Path => File.File.Path;
}
