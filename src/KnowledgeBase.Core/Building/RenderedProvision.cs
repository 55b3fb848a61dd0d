using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>A provision ready to store: its place in the tree (parent and document order) and its rendered own text.</summary>
/// <param name="Label">What the provision is shown under, e.g. <c>Article 45. Temporary residence permit</c>.</param>
public sealed record RenderedProvision(Provision Provision, string? ParentEId, int Order, string Label, string Html, string PlainText);
