using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>How many records some instruments have, so that an incremental build updates the manifest's figures without counting everything.</summary>
public sealed record StoreCounts(int Instruments, int Versions, int Provisions, int Citations, int ResolvedCitations)
{
    /// <summary>The records the store holds for <paramref name="slugs"/>.</summary>
    public static StoreCounts Of(LiteDatabase database, ProvisionShards shards, IReadOnlyCollection<string> slugs)
    {
        int instruments = 0, versions = 0, provisions = 0, citations = 0, resolved = 0;
        foreach (var slug in slugs)
        {
            var prefix = slug + "@";
            instruments += database.GetCollection<StoredInstrument>(StoreSchema.Instruments).Exists(StoreQuery.Equal("_id", slug)) ? 1 : 0;
            versions += database.GetCollection<StoredVersion>(StoreSchema.Versions).Count(StoreQuery.StartsWith("_id", prefix));
            provisions += shards.For(slug).Count(StoreQuery.StartsWith(nameof(StoredProvision.TextKey), prefix));
            var cited = database.GetCollection<StoredCitation>(StoreSchema.Citations).Find(StoreQuery.StartsWith(nameof(StoredCitation.SourceKey), prefix)).ToList();
            citations += cited.Count;
            resolved += cited.Count(c => c.TargetKey is not null);
        }
        return new StoreCounts(instruments, versions, provisions, citations, resolved);
    }

    /// <summary>The records the store holds for some versions (no instrument's record: a version edit keeps it).</summary>
    public static StoreCounts Of(LiteDatabase database, ProvisionShards shards, IEnumerable<(string Slug, string Version)> versions)
    {
        int count = 0, provisions = 0, citations = 0, resolved = 0;
        foreach (var (slug, version) in versions)
        {
            var key = StoreSchema.VersionKey(slug, version);
            count += database.GetCollection<StoredVersion>(StoreSchema.Versions).Exists(StoreQuery.Equal("_id", key)) ? 1 : 0;
            provisions += shards.For(slug).Count(StoreQuery.StartsWith(nameof(StoredProvision.TextKey), key + "/"));
            var cited = database.GetCollection<StoredCitation>(StoreSchema.Citations).Find(StoreQuery.Equal(nameof(StoredCitation.SourceKey), key)).ToList();
            citations += cited.Count;
            resolved += cited.Count(c => c.TargetKey is not null);
        }
        return new StoreCounts(0, count, provisions, citations, resolved);
    }

    public static StoreCounts operator +(StoreCounts a, StoreCounts b) => new(
        a.Instruments + b.Instruments, a.Versions + b.Versions, a.Provisions + b.Provisions, a.Citations + b.Citations, a.ResolvedCitations + b.ResolvedCitations);

    /// <summary>The records a linked corpus writes.</summary>
    public static StoreCounts Of(LinkedCorpus corpus) => new(
        corpus.Instruments.Count,
        corpus.Instruments.Sum(i => i.Versions.Count),
        corpus.Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Sum(t => t.Provisions.Count))),
        corpus.Citations.Count,
        corpus.Citations.Count(c => c.Resolved));
}
