using System.Collections.Concurrent;
using KnowledgeBase.Core.Accounts;
using LiteDB;

namespace KnowledgeBase.Core.Storage;

/// <summary>Read-only queries over a published build's LiteDB store: <c>kb.db</c> and the provisions' shards (<see cref="ProvisionShards"/>).</summary>
/// <remarks>
/// Opened read-only, and only on a published build, which no process writes again: LiteDB 5 on Linux gives torn reads when one
/// process reads a file another writes. One instance serves concurrent requests (LiteDatabase is thread-safe).
/// </remarks>
public sealed class KnowledgeStore : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly ProvisionShards _shards;
    private readonly HiddenVersions? _hidden;
    private readonly ConcurrentDictionary<ReaderAccess, KnowledgeStore> _views = new();

    private KnowledgeStore(LiteDatabase database, ProvisionShards shards, HiddenVersions? hidden = null)
    {
        _database = database;
        _shards = shards;
        _hidden = hidden;
    }

    /// <summary>This store as one reader may see it; the same instance for everyone who may see everything.</summary>
    /// <remarks>
    /// A view shares the database and is never disposed itself: the store that opened the database closes it. A view
    /// cannot be widened: asked for another access, it answers as itself.
    /// </remarks>
    public KnowledgeStore For(ReaderAccess access) =>
        access.SeesInternalLegislation || _hidden is not null
            ? this
            : _views.GetOrAdd(access, a => new KnowledgeStore(_database, _shards, HiddenVersions.Of(Instruments(), AllVersions(), a)));

    /// <summary>Opens <c>kb.db</c> at <paramref name="databasePath"/> and the provisions' shards beside it, all read-only.</summary>
    public static KnowledgeStore OpenReadOnly(string databasePath)
    {
        if (!File.Exists(databasePath))
            throw new FileNotFoundException("The build has no store.", databasePath);
        var database = OpenFile(databasePath);
        try
        {
            return new KnowledgeStore(database, ProvisionShards.OpenReadOnly(databasePath, database));
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>One file of a published store (<c>kb.db</c> or a shard), read-only: the site may be reading it, and no one
    /// writes it. Read through the handle opened here, so that it outlives its build's folder (<see cref="PinnedStoreFile"/>).</summary>
    internal static LiteDatabase OpenFile(string path) => PinnedStoreFile.Open(path);

    private ILiteCollection<StoredInstrument> InstrumentCollection => _database.GetCollection<StoredInstrument>(StoreSchema.Instruments);

    private ILiteCollection<StoredVersion> VersionCollection => _database.GetCollection<StoredVersion>(StoreSchema.Versions);

    private ILiteCollection<StoredCitation> CitationCollection => _database.GetCollection<StoredCitation>(StoreSchema.Citations);

    private ILiteCollection<StoredLegalBasis> LegalBasisCollection => _database.GetCollection<StoredLegalBasis>(StoreSchema.LegalBasis);

    public IReadOnlyList<StoredInstrument> Instruments() =>
        [.. InstrumentCollection.FindAll().Where(i => _hidden?.HidesInstrument(i.Id) != true).OrderBy(i => i.Id, StringComparer.Ordinal)];

    public StoredInstrument? Instrument(string slug) => _hidden?.HidesInstrument(slug) == true ? null : InstrumentCollection.FindById(slug);

    /// <summary>Every version of every instrument, by instrument then date.</summary>
    public IReadOnlyList<StoredVersion> AllVersions() =>
        [.. VersionCollection.FindAll().Where(Visible).OrderBy(v => v.Slug, StringComparer.Ordinal).ThenBy(v => v.Date, StringComparer.Ordinal).ThenBy(v => v.Label, StringComparer.Ordinal)];

    /// <summary>The versions of one instrument, oldest first.</summary>
    /// <remarks>
    /// Found by the prefix of their key (<c>slug@</c>) on the primary index: the slug has no index of its own, and a query
    /// on it read all 19,868 versions of the national corpus for every page of a text.
    /// </remarks>
    public IReadOnlyList<StoredVersion> Versions(string slug) =>
        [.. VersionCollection.Find(StoreQuery.StartsWith("_id", StoreSchema.VersionKey(slug, "")))
            .Where(v => v.Slug == slug)
            .Where(Visible)
            .OrderBy(v => v.Date, StringComparer.Ordinal).ThenBy(v => v.Label, StringComparer.Ordinal)];

    public StoredVersion? Version(string slug, string label) =>
        Hides(slug, label) ? null : VersionCollection.FindById(StoreSchema.VersionKey(slug, label));

    /// <summary>Every provision of one text, in document order.</summary>
    public IReadOnlyList<StoredProvision> Provisions(string slug, string version, string language)
    {
        if (Hides(slug, version))
            return [];
        var key = StoreSchema.TextKey(slug, version, language);
        return [.. _shards.For(slug).Find(p => p.TextKey == key).OrderBy(p => p.Order)];
    }

    public StoredProvision? Provision(string slug, string version, string language, string eId) =>
        Hides(slug, version) ? null : _shards.For(slug).FindById($"{StoreSchema.TextKey(slug, version, language)}/{eId}");

    /// <summary>The citations written in the given provisions of one text.</summary>
    public IReadOnlyList<StoredCitation> CitationsFrom(string slug, string version, string language, IReadOnlySet<string> eIds)
    {
        if (Hides(slug, version))
            return [];
        var key = StoreSchema.VersionKey(slug, version);
        return [.. CitationCollection.Find(c => c.SourceKey == key).Where(c => c.Language == language && eIds.Contains(c.SourceEId)).OrderBy(c => c.Id)];
    }

    /// <summary>The citations that point at a provision of a version, or at a part inside it.</summary>
    public IReadOnlyList<StoredCitation> CitationsTo(string slug, string version, string eId)
    {
        if (Hides(slug, version))
            return [];
        var key = StoreSchema.VersionKey(slug, version);
        return [.. CitationCollection.Find(c => c.TargetKey == key)
            .Where(c => IsSameOrInside(c.TargetEId, eId) && _hidden?.HidesKey(c.SourceKey) != true)
            .OrderBy(c => c.Id)];
    }

    /// <summary>The legal-basis entries of procedures that name a provision (in any version), or a part inside it.</summary>
    public IReadOnlyList<StoredLegalBasis> LegalBasisTo(string slug, string eId) =>
        [.. LegalBasisCollection.Find(l => l.TargetSlug == slug)
            .Where(l => IsSameOrInside(l.TargetEId, eId) && !Hides(l.ProcedureSlug, l.ProcedureVersion))
            .OrderBy(l => l.Id)];

    /// <summary>The legal-basis entries of one procedure version, in the order they are written.</summary>
    public IReadOnlyList<StoredLegalBasis> LegalBasisOf(string procedureSlug, string procedureVersion) =>
        Hides(procedureSlug, procedureVersion) ? [] : [.. LegalBasisCollection.Find(l => l.ProcedureSlug == procedureSlug).Where(l => l.ProcedureVersion == procedureVersion).OrderBy(l => l.Id)];

    /// <summary>Part ids extend their article's: <c>art_45__para_1</c> is inside <c>art_45</c>.</summary>
    private static bool IsSameOrInside(string? candidate, string eId) =>
        candidate is not null && (candidate == eId || candidate.StartsWith(eId + "__", StringComparison.Ordinal));

    private bool Hides(string slug, string version) => _hidden?.Hides(slug, version) == true;

    private bool Visible(StoredVersion version) => _hidden?.HidesKey(version.Id) != true;

    public void Dispose()
    {
        if (_hidden is null)
        {
            _shards.Dispose();
            _database.Dispose();
        }
    }
}
