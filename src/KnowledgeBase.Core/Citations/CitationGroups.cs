namespace KnowledgeBase.Core.Citations;

/// <summary>The names of the regular-expression groups a citation is read back from.</summary>
internal static class CitationGroups
{
    /// <summary>The articles with their parts, without any instrument: where a known name is looked for.</summary>
    public const string Provisions = "provisions";

    /// <summary>Each article number as written (<c>45.1.3-1</c>, without an ordinal ending).</summary>
    public const string Article = "art";

    /// <summary>A range separator between two article numbers (<c>–</c>, <c>to</c>).</summary>
    public const string ArticleRange = "artrange";

    /// <summary>One level of parts (<c>paragraphs 2 and 3</c>), spanning its numbers.</summary>
    public const string Level = "level";

    /// <summary>Each part number of any level.</summary>
    public const string Part = "part";

    /// <summary>A range separator between two part numbers.</summary>
    public const string PartRange = "partrange";

    /// <summary>"This instrument" (<c>of this Code</c>, <c>bu Məcəllənin</c>).</summary>
    public const string Same = "same";

    /// <summary>The name of an instrument that is not known (unless <see cref="KnownInstruments"/> finds a known one there).</summary>
    public const string External = "ext";
}
