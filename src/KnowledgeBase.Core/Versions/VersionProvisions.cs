using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions;

/// <summary>The stored provisions of one version's text, in document order.</summary>
public sealed record VersionProvisions(string Version, IReadOnlyList<StoredProvision> Provisions);
