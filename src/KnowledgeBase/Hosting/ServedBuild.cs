using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>The build the site serves now; switched atomically when a new build is published, without failing a request.</summary>
/// <remarks>
/// A build that cannot be served (damaged files, a garbage manifest, a pointer naming a missing build) is refused: the build
/// served stays, the reason is logged once and kept in <see cref="Refused"/> for health checks.
/// </remarks>
public sealed class ServedBuild(BuildFolders folders, ILogger<ServedBuild> logger, TimeProvider? clock = null) : IDisposable
{
    private LeasedBuild? _current;
    private RefusedBuild? _refused;
    private readonly Lock _switching = new();

    public BuildFolders Folders { get; } = folders;

    public string? CurrentStamp => Volatile.Read(ref _current)?.Build.Manifest.Stamp;

    /// <summary>The manifest of the build served now, or null when there is none (for its age and audience).</summary>
    public BuildManifest? CurrentManifest => Volatile.Read(ref _current)?.Build.Manifest;

    /// <summary>The newest build <c>CURRENT</c> named that was refused, and why; null once the build <c>CURRENT</c> names is served.</summary>
    public RefusedBuild? Refused => Volatile.Read(ref _refused);

    /// <summary>Holds the current build for one request. Throws <see cref="NoBuildException"/> when there is none.</summary>
    public BuildLease Acquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _current) ?? throw new NoBuildException("No build is published yet: run the indexer, or see the site's log.");
            if (current.TryAcquire())
                return new BuildLease(current);
            // Retired between the read and the acquire: the next read sees its successor.
        }
    }

    /// <summary>Serves the build <c>CURRENT</c> names, if it is not the one served already. A build that cannot be opened is refused and the served one stays.</summary>
    public bool Refresh()
    {
        lock (_switching)
        {
            var stamp = Folders.ReadCurrentStamp();
            if (stamp is null)
            {
                if (Folders.ReadCurrentPointer() is { Length: > 0 } named)
                    Refuse(named, $"{BuildFolders.CurrentFileName} names a build that does not exist in {Folders.BuildsRoot}");
                return false;
            }
            if (stamp == CurrentStamp)
            {
                Volatile.Write(ref _refused, null);
                return false;
            }
            PublishedBuild? opened;
            try
            {
                opened = PublishedBuild.OpenCurrent(Folders);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever a damaged build throws (I/O, LiteDB, Lucene, a format error), the site keeps what it serves.
                Refuse(stamp, e.Message, e);
                return false;
            }
            if (opened is null || opened.Manifest.Stamp == CurrentStamp)
            {
                opened?.Dispose();
                return false;
            }
            var previous = Interlocked.Exchange(ref _current, new LeasedBuild(opened));
            previous?.Release();
            Volatile.Write(ref _refused, null);
            logger.LogInformation("Serving {Audience} build {Stamp}", Folders.Audience, opened.Manifest.Stamp);
            return true;
        }
    }

    /// <summary>Records and logs a refusal, once per build and reason: the watcher polls every few seconds.</summary>
    private void Refuse(string stamp, string reason, Exception? exception = null)
    {
        if (_refused is { } known && known.Stamp == stamp && known.Reason == reason)
            return;
        Volatile.Write(ref _refused, new RefusedBuild(stamp, reason, (clock ?? TimeProvider.System).GetUtcNow()));
        logger.LogError(exception, "Refused {Audience} build {Stamp}: {Reason}; still serving {Served}",
            Folders.Audience.ToString().ToLowerInvariant(), stamp, reason, CurrentStamp ?? "nothing");
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Release();
}
