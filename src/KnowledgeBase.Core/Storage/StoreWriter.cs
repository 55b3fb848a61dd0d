using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Model;
using LiteDB;

namespace KnowledgeBase.Core.Storage;

/// <summary>Writes a linked corpus into a new store (<c>kb.db</c> and the provisions' shards), or replaces some instruments in an incremental build's own copy of
/// the published store. Only ever writes inside a build folder that is not yet published.</summary>
public static class StoreWriter
{
    /// <summary>Writes <c>kb.db</c> at <paramref name="databasePath"/> and the provisions' shards beside it (<see cref="ProvisionShards"/>).</summary>
    public static void Write(LinkedCorpus corpus, string databasePath, int shardCount = ProvisionShards.BuildCount)
    {
        using (var database = Open(databasePath))
        {
            // Indexes first: LiteDB fills an index as it inserts, where an index made afterwards reads every document back
            // (a tenth of the store's time on a fifth of the national corpus).
            var citations = database.GetCollection<StoredCitation>(StoreSchema.Citations);
            citations.EnsureIndex(c => c.SourceKey);
            citations.EnsureIndex(c => c.TargetKey);
            var legalBasis = database.GetCollection<StoredLegalBasis>(StoreSchema.LegalBasis);
            legalBasis.EnsureIndex(l => l.TargetSlug);
            legalBasis.EnsureIndex(l => l.ProcedureSlug);
            InsertRecords(database, corpus);
            database.Checkpoint();
        }
        // One shard after another on this (the store's) thread: a full build's CPU stays what one file cost.
        using var shards = ProvisionShards.OpenForWriting(databasePath, shardCount);
        var bySlug = corpus.Instruments.ToLookup(i => ProvisionShards.Of(i.Instrument.Slug, shardCount));
        for (var shard = 0; shard < shardCount; shard++)
        {
            var provisions = shards.Shard(shard);
            provisions.EnsureIndex(p => p.TextKey);
            provisions.InsertBulk(ProvisionsOf(bySlug[shard]));
        }
        shards.Checkpoint();
    }

    /// <summary>Opens a store for writing: a fresh file, or an incremental build's own copy of the published one.</summary>
    public static LiteDatabase Open(string databasePath) =>
        new(new ConnectionString { Filename = databasePath, Connection = ConnectionType.Direct }, StoreMapper.Shared);

    /// <summary>Deletes every record of <paramref name="slugs"/>, before <see cref="Insert"/> writes those the instruments hold now
    /// (none for a removed instrument): an incremental build deletes while it still links.</summary>
    /// <remarks>Records are found by key prefix (<c>slug@</c>) on the indexes a store already has; only the shards of
    /// <paramref name="slugs"/> are opened (an incremental build copied those and linked the others); the caller checkpoints.</remarks>
    public static void Delete(LiteDatabase database, ProvisionShards shards, IReadOnlyCollection<string> slugs)
    {
        foreach (var slug in slugs)
        {
            var prefix = slug + "@";
            database.GetCollection<StoredInstrument>(StoreSchema.Instruments).Delete(slug);
            database.GetCollection<StoredVersion>(StoreSchema.Versions).DeleteMany(StoreQuery.StartsWith("_id", prefix));
            shards.For(slug).DeleteMany(StoreQuery.StartsWith(nameof(StoredProvision.TextKey), prefix));
            database.GetCollection<StoredCitation>(StoreSchema.Citations).DeleteMany(StoreQuery.StartsWith(nameof(StoredCitation.SourceKey), prefix));
            database.GetCollection<StoredLegalBasis>(StoreSchema.LegalBasis).DeleteMany(StoreQuery.Equal(nameof(StoredLegalBasis.ProcedureSlug), slug));
        }
    }

    /// <summary>Inserts every record of <paramref name="corpus"/>: a full build's batch, or what an incremental build read again
    /// after <see cref="Delete"/> or <see cref="DeleteVersions"/> (<paramref name="instruments"/> false: a version edit keeps its
    /// instrument's record).</summary>
    public static void Insert(LiteDatabase database, ProvisionShards shards, LinkedCorpus corpus, bool instruments = true)
    {
        InsertRecords(database, corpus, instruments);
        // One insert per shard, not per instrument: each is a LiteDB transaction (a full build's batches come through here).
        foreach (var shard in corpus.Instruments.GroupBy(i => shards.ShardOf(i.Instrument.Slug)))
            shards.Shard(shard.Key).InsertBulk(ProvisionsOf(shard));
    }

    /// <summary>Deletes every record of some versions (<c>slug@label</c>), before <see cref="Insert"/> writes them again; their
    /// instruments' records and other versions stay as they are.</summary>
    /// <remarks>Provisions are found by text key prefix (<c>slug@label/</c>), citations by source key, legal bases by procedure
    /// and version; the caller checkpoints.</remarks>
    public static void DeleteVersions(LiteDatabase database, ProvisionShards shards, IEnumerable<(string Slug, string Version)> versions)
    {
        foreach (var (slug, version) in versions)
        {
            var key = StoreSchema.VersionKey(slug, version);
            database.GetCollection<StoredVersion>(StoreSchema.Versions).Delete(key);
            shards.For(slug).DeleteMany(StoreQuery.StartsWith(nameof(StoredProvision.TextKey), key + "/"));
            database.GetCollection<StoredCitation>(StoreSchema.Citations).DeleteMany(StoreQuery.Equal(nameof(StoredCitation.SourceKey), key));
            database.GetCollection<StoredLegalBasis>(StoreSchema.LegalBasis).DeleteMany(StoreQuery.Equal(
                nameof(StoredLegalBasis.ProcedureSlug), slug, nameof(StoredLegalBasis.ProcedureVersion), version));
        }
    }

    /// <summary>Everything but the provisions: instruments (unless a version edit keeps them), versions, citations and legal bases, all in <c>kb.db</c>.</summary>
    private static void InsertRecords(LiteDatabase database, LinkedCorpus corpus, bool instruments = true)
    {
        if (instruments)
            database.GetCollection<StoredInstrument>(StoreSchema.Instruments).InsertBulk(corpus.Instruments.Select(i => ToStored(i.Instrument)));
        database.GetCollection<StoredVersion>(StoreSchema.Versions).InsertBulk(corpus.Instruments.SelectMany(i => i.Versions).Select(ToStored));
        database.GetCollection<StoredCitation>(StoreSchema.Citations).InsertBulk(corpus.Citations.Select(ToStored));
        database.GetCollection<StoredLegalBasis>(StoreSchema.LegalBasis).InsertBulk(corpus.LegalBasis.Select(ToStored));
    }

    private static IEnumerable<StoredProvision> ProvisionsOf(IEnumerable<LinkedInstrument> instruments) =>
        instruments.SelectMany(i => i.Versions).SelectMany(v => v.Texts).SelectMany(ToStored);

    /// <summary>An instrument's record as the store keeps it (the catalogue lists the same words: <c>Catalogue/</c>).</summary>
    internal static StoredInstrument ToStored(Instrument instrument) => new()
    {
        Id = instrument.Slug,
        Kind = EnumNames.Of(instrument.Kind),
        Title = new(instrument.Title.ByLanguage),
        ShortNames = instrument.ShortNames.ToDictionary(n => n.Key, n => n.Value.ToList()),
        Number = instrument.Number,
        Issuer = instrument.Issuer,
        Notice = new(instrument.Notice.ByLanguage),
        Topic = instrument.Topic,
    };

    /// <summary>A version's record as the store keeps it: an ISO date, <c>in-force</c>, <c>public</c>.</summary>
    internal static StoredVersion ToStored(LinkedVersion linked) => new()
    {
        Id = StoreSchema.VersionKey(linked.Version.Slug, linked.Version.Label),
        Slug = linked.Version.Slug,
        Label = linked.Version.Label,
        Date = linked.Version.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Status = EnumNames.Of(linked.Version.Status),
        Visibility = EnumNames.Of(linked.Version.Visibility),
        Note = linked.Version.Note,
        Languages = [.. linked.Version.Languages],
        Titles = linked.Texts.Where(t => t.Text.Title is not null).ToDictionary(t => t.Text.Language, t => t.Text.Title!),
        LegalBasis = [.. linked.Version.LegalBasis.Select(l => l.Reference)],
    };

    private static IEnumerable<StoredProvision> ToStored(RenderedText text)
    {
        var textKey = StoreSchema.TextKey(text.Text.Slug, text.Text.Version, text.Text.Language);
        return text.Provisions.Select(p => new StoredProvision
        {
            Id = $"{textKey}/{p.Provision.EId}",
            TextKey = textKey,
            EId = p.Provision.EId,
            ParentEId = p.ParentEId,
            Order = p.Order,
            Kind = p.Provision.Kind.ToString().ToLowerInvariant(),
            Num = p.Provision.Num,
            Heading = p.Provision.Heading,
            Key = p.Provision.Key,
            Label = p.Label,
            Text = p.Provision.Text,
            Html = p.Html,
            Line = p.Provision.Line,
        });
    }

    private static StoredCitation ToStored(Citation citation) => new()
    {
        SourceKey = StoreSchema.VersionKey(citation.Source.Slug, citation.Source.Version),
        SourceEId = citation.Source.EId,
        Language = citation.Language,
        Text = citation.Text,
        TargetKey = citation.Target is { } t ? StoreSchema.VersionKey(t.Slug, t.Version) : null,
        TargetSlug = citation.Target?.Slug,
        TargetVersion = citation.Target?.Version,
        TargetEId = citation.Target?.EId,
        Line = citation.Line,
    };

    private static StoredLegalBasis ToStored(ResolvedLegalBasis basis) => new()
    {
        ProcedureSlug = basis.ProcedureSlug,
        ProcedureVersion = basis.ProcedureVersion,
        Reference = basis.Reference,
        TargetSlug = basis.Target.Slug,
        TargetVersion = basis.Target.Version,
        TargetEId = basis.Target.EId,
    };
}
