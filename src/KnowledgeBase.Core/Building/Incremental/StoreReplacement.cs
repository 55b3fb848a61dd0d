using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>The new build's own copy of the store, the records of what is read again deleted, waiting for their new records.</summary>
/// <remarks>Deleting does not need the linked texts, so it runs while they are linked (one core renders a single edited text,
/// the other would idle): for the newest Code du travail, deleting its ten thousand provisions then no longer competes with
/// writing the index for the two cores.</remarks>
internal sealed class StoreReplacement : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly ProvisionShards _shards;
    private bool _disposed;

    private StoreReplacement(LiteDatabase database, ProvisionShards shards)
    {
        _database = database;
        _shards = shards;
    }

    /// <summary>Opens the store at <paramref name="databasePath"/> and deletes every record of the instruments read whole and of the versions read again.</summary>
    public static StoreReplacement Begin(string databasePath, IReadOnlyCollection<string> whole, IEnumerable<(string Slug, string Version)> versions)
    {
        var database = StoreWriter.Open(databasePath);
        ProvisionShards? shards = null;
        try
        {
            shards = ProvisionShards.OpenForWriting(databasePath, ProvisionShards.CountOf(databasePath));
            StoreWriter.Delete(database, shards, whole);
            StoreWriter.DeleteVersions(database, shards, versions);
            return new StoreReplacement(database, shards);
        }
        catch
        {
            shards?.Dispose();
            database.Dispose();
            throw;
        }
    }

    /// <summary>Deletes every record of the instruments read whole after all (<paramref name="alsoWhole"/>: version edits
    /// the proof turned down), inserts the records of the instruments read whole (<paramref name="wholeCorpus"/>) and of the
    /// versions read again (<paramref name="versionCorpus"/>, whose instruments' records stay), then checkpoints every file.</summary>
    public void Finish(IReadOnlyCollection<string> alsoWhole, LinkedCorpus wholeCorpus, LinkedCorpus versionCorpus)
    {
        StoreWriter.Delete(_database, _shards, alsoWhole);
        StoreWriter.Insert(_database, _shards, wholeCorpus);
        StoreWriter.Insert(_database, _shards, versionCorpus, instruments: false);
        _shards.Checkpoint();
        _database.Checkpoint();
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _shards.Dispose();
        _database.Dispose();
    }
}
