namespace KnowledgeBase.Core.Model;

/// <summary>One unit of a text's structure, with its own text and the units nested in it.</summary>
/// <param name="EId">Akoma Ntoso style id, unique in the version: <c>sec_2</c>, <c>art_45</c>, <c>art_45__para_1.3-1</c>.</param>
/// <param name="Num">The number as written without the structure word: <c>45</c>, <c>45.1.3-1</c>, <c>III</c>; empty when unnumbered.</param>
/// <param name="Heading">The heading text after the number, without the <c>{#key}</c>.</param>
/// <param name="Key">The stable key written as <c>{#key}</c> on the heading, which survives renumbering.</param>
/// <param name="Text">The provision's own Markdown, exactly as written, excluding nested provisions (and, for a part, its leading number).</param>
/// <param name="Line">The 1-based line of the provision's heading (or first line) in its file.</param>
/// <param name="TextLine">The 1-based line on which <see cref="Text"/> starts.</param>
public sealed record Provision(
    ProvisionKind Kind,
    string EId,
    string Num,
    string? Heading,
    string? Key,
    string Text,
    int Line,
    int TextLine,
    IReadOnlyList<Provision> Children)
{
    /// <summary>This provision and every provision nested in it, in document order.</summary>
    public IEnumerable<Provision> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var descendant in child.SelfAndDescendants())
                yield return descendant;
    }
}
