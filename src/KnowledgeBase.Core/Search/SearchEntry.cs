using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Search;

/// <summary>One provision of one version in one language, as the indexer hands it over.</summary>
/// <param name="InstrumentTitle">The instrument's title in <paramref name="Language"/>.</param>
/// <param name="IsNewestVersion">Whether this is the newest version of the instrument in this language, which searches show by default.</param>
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
    string Text)
{
    /// <summary>The days on which the version is the one in force; null when it never is, so an "as at" search never shows it.</summary>
    public InForcePeriod? InForce { get; init; }

    /// <summary>The provision's stable key across versions (<c>{#key}</c> on its heading); the eId stands in when it has none.</summary>
    public string? ProvisionKey { get; init; }

    /// <summary>The parts of an article whose text is in <see cref="Text"/>: where each starts and how long it is, so that a
    /// citation of a part (<c>45.1.3</c>) can link to it and show its words.</summary>
    public IReadOnlyList<ProvisionPart> Parts { get; init; } = [];

    /// <summary>Whether this is the newest public version of the instrument, the newest for a reader who may not see drafts.</summary>
    public bool IsNewestPublicVersion { get; init; }

    /// <summary>What the provision is shown under, e.g. <c>Article 45. Temporary residence permit</c>.</summary>
    public string? Label { get; init; }
}
