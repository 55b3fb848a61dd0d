using LiteDB;
using LiteDB.Engine;

namespace KnowledgeBase.Core.Storage;

/// <summary>One file of a published store (<c>kb.db</c> or a shard), read-only, through the one handle opened with it: never
/// opened again by its path, so it stays readable after publishing moves or deletes its build's folder.</summary>
/// <remarks>
/// Given a file name, LiteDB opens one more handle by that path whenever more readers than it has handles read at once. A
/// site request still holding a build that publishing had pruned (moved into <c>.pruned/</c>) or deleted then failed, and
/// LiteDB, closing its engine on the I/O error, failed every later read of that file too. Given a stream, LiteDB serves
/// every reader from it, each read taking a lock for one positioned read of a page it has not cached; on Linux an open
/// handle survives the rename and the deletion of its file.
/// </remarks>
internal sealed class PinnedStoreFile : LiteDatabase
{
    private readonly FileStream _file;

    private PinnedStoreFile(LiteEngine engine, FileStream file)
        : base(engine, StoreMapper.Shared, disposeOnClose: true) => _file = file;

    public static PinnedStoreFile Open(string path)
    {
        // Unbuffered: LiteDB reads whole pages and caches them itself.
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.RandomAccess);
        try
        {
            return new PinnedStoreFile(new LiteEngine(new EngineSettings { DataStream = file, ReadOnly = true }), file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _file.Dispose();
    }
}
