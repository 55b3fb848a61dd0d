using System.IO.Hashing;
using System.Text;
using LiteDB;

namespace KnowledgeBase.Core.Storage;

/// <summary>The provisions of a store, split by instrument over shard files in a <c>provisions/</c> folder beside <c>kb.db</c>.</summary>
/// <remarks>
/// Provisions are nine tenths of a store (the HTML and plain text of every article: 760 of 815 MB at national scale), and an
/// incremental build copies every file it writes (LiteDB writes pages in place; a published build is never written). Split
/// by a stable hash of the instrument's slug, an edit to one act copies the small <c>kb.db</c> and one shard and hard-links
/// the others. Every provision query names its instrument, so a reader asks one shard. The shards are <c>00.db</c> to
/// <c>NN.db</c>, all written even when empty, so their count is the number of files and the manifest lists them like any file;
/// a store with no such folder (made before the split) keeps its provisions in <c>kb.db</c>, read as a single shard.
/// A reader opens every shard with the store: a build superseded twice may be pruned while a site still serves it, and on
/// Linux only files already open survive deletion. A writer opens only the shards it writes.
/// </remarks>
public sealed class ProvisionShards : IDisposable
{
    public const string FolderName = "provisions";

    /// <summary>How many shards a full build writes: 16 × ~50 MB at national scale (see bench/README.md, "incremental.sh").</summary>
    public const int BuildCount = 16;

    private readonly Func<int, LiteDatabase> _open;
    private readonly LiteDatabase?[] _databases;
    private readonly LiteDatabase? _single;
    private readonly Lock _lock = new();

    private ProvisionShards(int count, Func<int, LiteDatabase> open, LiteDatabase? single)
    {
        _open = open;
        _databases = new LiteDatabase?[count];
        _single = single;
    }

    /// <summary>How many shard files there are (0 for a store that keeps its provisions in <c>kb.db</c>).</summary>
    public int Count => _single is null ? _databases.Length : 0;

    /// <summary>The shard of an instrument among <paramref name="count"/>: XxHash32 of its slug's UTF-8, stable across runs and machines.</summary>
    public static int Of(string slug, int count) => (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(slug)) % (uint)count);

    /// <summary>A shard's path inside a build folder (forward slashes, as the manifest lists files).</summary>
    public static string FileName(int shard) => $"{FolderName}/{ShardFile(shard)}";

    /// <summary>A shard's file name inside the shard folder.</summary>
    private static string ShardFile(int shard) => $"{shard:D2}.db";

    /// <summary>The shard folder of the store whose main file is <paramref name="databasePath"/>.</summary>
    public static string FolderOf(string databasePath) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, FolderName);

    /// <summary>How many shards the store at <paramref name="databasePath"/> has: 0 when it has no shard folder.</summary>
    /// <exception cref="InvalidDataException">The folder's files are not <c>00.db</c> to <c>NN.db</c>.</exception>
    public static int CountOf(string databasePath)
    {
        var folder = FolderOf(databasePath);
        if (!Directory.Exists(folder))
            return 0;
        var names = Directory.GetFiles(folder, "*.db").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < names.Count; i++)
            if (names[i] != ShardFile(i))
                throw new InvalidDataException($"the store's {FolderName} folder holds {names[i]} where {ShardFile(i)} was expected");
        return names.Count;
    }

    /// <summary>The shards of a published store, read-only, beside <paramref name="database"/> (the store's open <c>kb.db</c>,
    /// which serves as the one shard of a store made before the split).</summary>
    public static ProvisionShards OpenReadOnly(string databasePath, LiteDatabase database)
    {
        var count = CountOf(databasePath);
        var folder = FolderOf(databasePath);
        var shards = new ProvisionShards(count, i => KnowledgeStore.OpenFile(Path.Combine(folder, ShardFile(i))), count == 0 ? database : null);
        try
        {
            for (var i = 0; i < count; i++)
                shards.Database(i);
            return shards;
        }
        catch
        {
            shards.Dispose();
            throw;
        }
    }

    /// <summary>The shards of a store being written, in a build folder no one else reads.</summary>
    public static ProvisionShards OpenForWriting(string databasePath, int count)
    {
        var folder = FolderOf(databasePath);
        Directory.CreateDirectory(folder);
        return new ProvisionShards(count, i => StoreWriter.Open(Path.Combine(folder, ShardFile(i))), null);
    }

    /// <summary>The number of the shard <paramref name="slug"/> lives in (0 for a store made before the split).</summary>
    public int ShardOf(string slug) => _single is null ? Of(slug, _databases.Length) : 0;

    /// <summary>The provisions of the shard <paramref name="slug"/> lives in.</summary>
    public ILiteCollection<StoredProvision> For(string slug) => Collection(Database(ShardOf(slug)));

    /// <summary>The provisions of one shard by number.</summary>
    public ILiteCollection<StoredProvision> Shard(int shard) => Collection(Database(shard));

    /// <summary>Checkpoints every shard opened so far (a writer's last step).</summary>
    public void Checkpoint()
    {
        foreach (var database in _databases)
            database?.Checkpoint();
    }

    /// <summary>Closes the shards a writer opened (each writes what it holds into its file), to be opened again on next use.</summary>
    /// <remarks>Each open shard keeps its own LiteDB page cache: a full build that kept all 16 open while it wrote a batch at a
    /// time peaked 300–500 MB higher than with one file; closed after each batch, only one batch's pages are held.</remarks>
    public void Release() => Dispose();

    private static ILiteCollection<StoredProvision> Collection(LiteDatabase database) => database.GetCollection<StoredProvision>(StoreSchema.Provisions);

    private LiteDatabase Database(int shard)
    {
        if (_single is not null)
            return _single;
        if (Volatile.Read(ref _databases[shard]) is { } open)
            return open;
        lock (_lock)
            return _databases[shard] ??= _open(shard);
    }

    /// <summary>Closes the shard files opened (not <c>kb.db</c>, which its owner closes).</summary>
    public void Dispose()
    {
        lock (_lock)
            for (var i = 0; i < _databases.Length; i++)
            {
                _databases[i]?.Dispose();
                _databases[i] = null;
            }
    }
}
