namespace KnowledgeBase.Core.Model;

/// <summary>One version of an instrument (a draft, the adopted text, an amended text), in one or more languages.</summary>
/// <param name="Label">Unique within the instrument, e.g. <c>2013-07-adopted</c>.</param>
/// <param name="LegalBasis">For procedures: the provisions they apply, as written in front matter.</param>
public sealed record InstrumentVersion(
    string Slug,
    string Label,
    DateOnly Date,
    VersionStatus Status,
    Visibility Visibility,
    string? Note,
    IReadOnlyList<LegalBasisEntry> LegalBasis,
    IReadOnlyList<string> Languages);
