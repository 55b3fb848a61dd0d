namespace KnowledgeBase.Core.Model;

/// <summary>A reference from one provision's text to another provision, resolved at build time when possible.</summary>
/// <param name="Source">The provision whose own text holds the citation.</param>
/// <param name="Language">The language of the citing text.</param>
/// <param name="Text">The words of the citation as they appear, e.g. <c>Articles 12–14</c>.</param>
/// <param name="Target">The cited provision, or null when it is outside the corpus.</param>
/// <param name="Line">The 1-based line in the citing file.</param>
public sealed record Citation(
    ProvisionAddress Source,
    string Language,
    string Text,
    ProvisionAddress? Target,
    int Line)
{
    public bool Resolved => Target is not null;
}
