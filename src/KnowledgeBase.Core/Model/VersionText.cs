namespace KnowledgeBase.Core.Model;

/// <summary>The parsed text of one version in one language: the provision tree read from <c>&lt;version&gt;.&lt;lang&gt;.md</c>.</summary>
/// <param name="Path">The file, relative to the content folder, for messages.</param>
/// <param name="Title">The document's first-level heading when it is not a structure heading.</param>
public sealed record VersionText(
    string Slug,
    string Version,
    string Language,
    string Path,
    string? Title,
    IReadOnlyList<Provision> Provisions)
{
    public IEnumerable<Provision> AllProvisions() => Provisions.SelectMany(p => p.SelfAndDescendants());
}
