namespace KnowledgeBase.Core.Model;

/// <summary>A legal instrument (code, law, decree, procedure…) as described by its <c>instrument.yml</c>.</summary>
/// <param name="Slug">The folder name: lower-case letters, digits and hyphens; stable forever.</param>
/// <param name="ShortNames">Per language, the names by which other texts cite this instrument.</param>
/// <param name="Notice">Shown on every page of the instrument, e.g. that the text is not the official one.</param>
public sealed record Instrument(
    string Slug,
    InstrumentKind Kind,
    LocalizedText Title,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ShortNames,
    string? Number,
    string? Issuer,
    LocalizedText Notice,
    string? Topic);
