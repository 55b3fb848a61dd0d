namespace KnowledgeBase.Core.Citations;

/// <summary>Which instrument a citation points into.</summary>
public enum CitationScope
{
    /// <summary>The citing instrument itself: no instrument named, or "of this Code".</summary>
    SameInstrument,

    /// <summary>An instrument named by one of its known short names.</summary>
    NamedInstrument,

    /// <summary>An instrument named but not known to the corpus (<c>Article 5 of the Law on Citizenship</c>).</summary>
    ExternalInstrument,
}
