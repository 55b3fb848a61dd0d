namespace KnowledgeBase.Core.Search;

/// <summary>The names of the search index's fields: the contract between the indexer, which writes them, and the site, which reads them.</summary>
/// <remarks>
/// One document is one provision of one version in one language. Its words go into the analysed fields of its language
/// (<c>text_az</c>, <c>heading_az</c>); everything else is a stored, exact-match field used to filter and to show a hit.
/// </remarks>
public static class IndexSchema
{
    public const string Slug = "slug";

    /// <summary>The instrument kind in lower case: <c>code</c>, <c>law</c>, <c>procedure</c>…</summary>
    public const string Kind = "kind";

    /// <summary>The version status as written in front matter: <c>draft</c>, <c>submitted</c>, <c>adopted</c>, <c>in-force</c>, <c>repealed</c>.</summary>
    public const string Status = "status";

    /// <summary><c>public</c> or <c>internal</c>.</summary>
    public const string Visibility = "visibility";

    public const string Language = "language";

    /// <summary>The version label, e.g. <c>2013-07-adopted</c>.</summary>
    public const string Version = "version";

    /// <summary>The version date as <c>yyyy-MM-dd</c>, so that the terms sort by date.</summary>
    public const string Date = "date";

    /// <summary><c>true</c> on the provisions of the newest version of each instrument that has a text in their language, else <c>false</c>.</summary>
    public const string Newest = "newest";

    /// <summary><c>true</c> on the provisions of the newest public version of each instrument: the newest a reader who may not see drafts sees.</summary>
    public const string NewestPublic = "newest-public";

    public const string EId = "eid";
    public const string Num = "num";

    /// <summary>The heading as written, stored for display; searched through <see cref="HeadingOf"/>.</summary>
    public const string Heading = "heading";

    /// <summary>The plain text as written, stored for snippets; searched through <see cref="TextOf"/>.</summary>
    public const string Text = "text";

    /// <summary>Stored for display, and in doc values for the direct answer, which reads the titles of many instruments.</summary>
    public const string InstrumentTitle = "instrument_title";

    /// <summary>What the provision is shown under, stored for display: <c>Article 45. Temporary residence permit</c>.</summary>
    public const string Label = "label";

    /// <summary>The first day the version is in force, as <see cref="DateOnly.DayNumber"/>; <see cref="int.MinValue"/> when it applies to every earlier day.</summary>
    /// <remarks>With <see cref="InForceUntil"/>, "in force on D" is two range conditions, whatever the number of instruments.</remarks>
    public const string InForceFrom = "in_force_from";

    /// <summary>The day a later version replaces it (excluded), as <see cref="DateOnly.DayNumber"/>; <see cref="int.MaxValue"/> while none has.</summary>
    public const string InForceUntil = "in_force_until";

    /// <summary>The same provision across versions and languages: slug and stable key (or eId); doc values only, for grouping.</summary>
    public const string ProvisionGroup = "provision_group";

    /// <summary>The ids of an article's parts (<c>art_45__para_1.3</c>), exact, so that a citation of a part finds its article.</summary>
    public const string Part = "part";

    /// <summary>Stored only, one per part: <c>eId start length</c>, where the part's words are in <see cref="Text"/>.</summary>
    public const string PartSpan = "part_span";

    /// <summary>The words of the headings and texts of the newest versions, lower-cased and folded but not stemmed, in one field for all
    /// languages, each on the first provision of its text that has it: the words "did you mean" offers (see <see cref="Spelling.SpellingWords"/>).</summary>
    public const string Spelling = "spelling";

    /// <summary>The exact-match fields that also carry doc values, read per hit to count facets and to group.</summary>
    public static IReadOnlyList<string> DocValueFields { get; } = [Slug, Kind, Status, Language, Version, Date, ProvisionGroup];

    private const string TextPrefix = "text_";
    private const string HeadingPrefix = "heading_";

    /// <summary>The analysed text field of a language: <c>text_en</c>, <c>text_az</c>, <c>text_fr</c>.</summary>
    public static string TextOf(string language) => TextPrefix + language;

    /// <summary>The analysed heading field of a language, boosted at query time: <c>heading_en</c>.</summary>
    public static string HeadingOf(string language) => HeadingPrefix + language;

    /// <summary>The language of an analysed field, or null for any other field.</summary>
    public static string? LanguageOf(string field) =>
        field.StartsWith(TextPrefix, StringComparison.Ordinal) ? field[TextPrefix.Length..]
        : field.StartsWith(HeadingPrefix, StringComparison.Ordinal) ? field[HeadingPrefix.Length..]
        : null;
}
