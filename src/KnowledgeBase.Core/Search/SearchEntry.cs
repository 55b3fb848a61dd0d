using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Search;

/// <summary>One provision of one version in one language, as the indexer hands it over.</summary>
/// <param name="InstrumentTitle">The instrument's title in <paramref name="Language"/>.</param>
/// <param name="IsNewestVersion">Whether this is the newest version of the instrument, which searches show by default.</param>
/// <param name="Language">The language code: <c>en</c>, <c>az</c>, <c>ru</c>, or one a corpus declares.</param>
/// <param name="Text">Plain text: Markdown already stripped.</param>
public sealed record SearchEntry(
    string Slug,
    InstrumentKind Kind,
    string InstrumentTitle,
    string Version,
    VersionStatus Status,
    Visibility Visibility,
    DateOnly Date,
    bool IsNewestVersion,
    string Language,
    string EId,
    string? Num,
    string? Heading,
    string Text);
