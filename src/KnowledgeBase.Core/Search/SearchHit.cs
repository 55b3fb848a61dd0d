namespace KnowledgeBase.Core.Search;

/// <summary>One matching provision.</summary>
/// <param name="Snippet">Safe HTML: text escaped, the matched words in <c>&lt;mark&gt;</c>; no other markup.</param>
public sealed record SearchHit(
    string Slug,
    string Version,
    string Language,
    string EId,
    string? Heading,
    string Snippet,
    float Score)
{
    /// <summary>What the provision is shown under, e.g. <c>Article 45. Temporary residence permit</c>; null when the index has none.</summary>
    public string? Label { get; init; }

    /// <summary>The instrument's title in the hit's language.</summary>
    public string InstrumentTitle { get; init; } = "";

    /// <summary>The instrument kind as the index spells it: <c>code</c>, <c>procedure</c>…</summary>
    public string Kind { get; init; } = "";

    /// <summary>The version's status as the index spells it: <c>in-force</c>, <c>draft</c>…</summary>
    public string Status { get; init; } = "";

    /// <summary>The version's date, <c>yyyy-MM-dd</c>.</summary>
    public string Date { get; init; } = "";

    /// <summary>When a citation named a part of the article (<c>45.1.3</c>): the part's id, which the link opens; <see cref="EId"/> stays the article's.</summary>
    public string? Part { get; init; }

    /// <summary>The provision a citation query named (<c>article 45</c>): shown first, above the hits that merely contain the words.</summary>
    public bool Direct { get; init; }

    /// <summary>When grouped by provision: how many other versions of this provision match too.</summary>
    public int OtherVersions { get; init; }
}
