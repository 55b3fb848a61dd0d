using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Storage;

/// <summary>A published build opened for reading: its manifest, its store and its search index.</summary>
public sealed class PublishedBuild : IDisposable
{
    private readonly Lucene.Net.Store.Directory _indexDirectory;
    private readonly SideFiles _sideFiles;

    private PublishedBuild(string path, BuildManifest manifest, KnowledgeStore store, Lucene.Net.Store.Directory indexDirectory, SearchIndex search, SideFiles sideFiles)
    {
        _sideFiles = sideFiles;
        Path = path;
        Manifest = manifest;
        Store = store;
        _indexDirectory = indexDirectory;
        Search = search;
    }

    public string Path { get; }

    public BuildManifest Manifest { get; }

    public KnowledgeStore Store { get; }

    public SearchIndex Search { get; }

    /// <summary>A stream over one of the build's <see cref="SideFiles"/>, read through the handle opened with the build (so
    /// still readable once publishing has moved or deleted the build's folder); null when the build has no such file.</summary>
    public Stream? ReadSideFile(string name) => _sideFiles.Read(name);

    /// <summary>Opens the build in <paramref name="buildPath"/>; throws when it is incomplete or damaged.</summary>
    /// <remarks>Cheap checks first: the manifest, then every file's size against it, then opening the store and the index.</remarks>
    public static PublishedBuild Open(string buildPath)
    {
        var manifest = BuildManifest.ReadFrom(buildPath)
            ?? throw new InvalidDataException($"it has no readable {StoreSchema.ManifestFile}: the build is incomplete or damaged");
        if (BuildFile.Mismatch(buildPath, manifest.Files) is { } damage)
            throw new InvalidDataException($"its files are not those it was built with: {damage}");
        var store = KnowledgeStore.OpenReadOnly(System.IO.Path.Combine(buildPath, StoreSchema.DatabaseFile));
        Lucene.Net.Store.Directory? directory = null;
        SideFiles? sideFiles = null;
        try
        {
            sideFiles = SideFiles.Open(buildPath);
            directory = Lucene.Net.Store.FSDirectory.Open(System.IO.Path.Combine(buildPath, StoreSchema.IndexFolder));
            return new PublishedBuild(buildPath, manifest, store, directory, SearchIndex.Open(directory), sideFiles);
        }
        catch
        {
            directory?.Dispose();
            sideFiles?.Dispose();
            store.Dispose();
            throw;
        }
    }

    /// <summary>Opens the build <c>CURRENT</c> names, or returns null when nothing is published.</summary>
    /// <remarks>
    /// A pointer read just before two further publications may name a build that pruning has already removed; reading the
    /// pointer again then finds the newer one, so a reader never fails because builds are being published.
    /// </remarks>
    public static PublishedBuild? OpenCurrent(BuildFolders folders)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stamp = folders.ReadCurrentStamp();
            if (stamp is null)
                return null;
            try
            {
                return Open(folders.BuildPath(stamp));
            }
            catch (Exception e) when (attempt < 5 && folders.ReadCurrentStamp() != stamp && e is IOException or InvalidDataException or LiteDB.LiteException)
            {
                // Superseded while opening: try the build the pointer names now.
            }
        }
    }

    public void Dispose()
    {
        Search.Dispose();
        _indexDirectory.Dispose();
        Store.Dispose();
        _sideFiles.Dispose();
    }
}
