using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Api;

/// <summary>Finds the version a URL names: a label, or <c>latest</c> for the newest.</summary>
public static class VersionLookup
{
    public const string Latest = "latest";

    public static StoredVersion? Find(KnowledgeStore store, string slug, string version) =>
        version == Latest ? Newest(store.Versions(slug)) : store.Version(slug, version);

    private static StoredVersion? Newest(IReadOnlyList<StoredVersion> oldestFirst) => oldestFirst.Count == 0 ? null : oldestFirst[^1];
}
