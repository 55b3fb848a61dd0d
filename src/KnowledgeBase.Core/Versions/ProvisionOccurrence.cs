using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions;

/// <summary>A provision as it stands in one version: its number and id there, or null when that version lacks it.</summary>
public sealed record ProvisionOccurrence(string Version, StoredProvision? Provision)
{
    public bool Exists => Provision is not null;
}
