using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>One language of one version with every provision rendered, in document order.</summary>
public sealed record RenderedText(VersionText Text, IReadOnlyList<RenderedProvision> Provisions);
