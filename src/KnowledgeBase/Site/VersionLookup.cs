using System.Globalization;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Site;

/// <summary>Finds the version a URL names: a label, <c>latest</c> (the newest), or <c>at/yyyy-mm-dd</c> (the one in force that day).</summary>
public static class VersionLookup
{
    public const string Latest = "latest";

    public static StoredVersion? Find(KnowledgeStore store, string slug, string version) =>
        version == Latest ? Newest(store.Versions(slug)) : store.Version(slug, version);

    /// <summary>The version in force on <paramref name="isoDate"/>; null for a date that is not <c>yyyy-mm-dd</c> or an instrument with no versions.</summary>
    public static StoredVersion? At(KnowledgeStore store, string slug, string isoDate)
    {
        if (!DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        var versions = store.Versions(slug);
        var inForce = VersionInForce.On(versions.Select(v => v.ToModel()), date);
        return inForce is null ? null : versions.First(v => v.Label == inForce.Label);
    }

    private static StoredVersion? Newest(IReadOnlyList<StoredVersion> oldestFirst) => oldestFirst.Count == 0 ? null : oldestFirst[^1];
}
