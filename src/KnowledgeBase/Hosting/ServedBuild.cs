using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>The build the site serves now; switched atomically when a new build is published, without failing a request.</summary>
public sealed class ServedBuild(BuildFolders folders, ILogger<ServedBuild> logger) : IDisposable
{
    private LeasedBuild? _current;
    private readonly Lock _switching = new();

    public BuildFolders Folders { get; } = folders;

    public string? CurrentStamp => Volatile.Read(ref _current)?.Build.Manifest.Stamp;

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
            if (stamp is null || stamp == CurrentStamp)
                return false;
            PublishedBuild? opened;
            try
            {
                opened = PublishedBuild.OpenCurrent(Folders);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or LiteDB.LiteException)
            {
                logger.LogError(e, "Build {Stamp} cannot be opened; still serving {Served}", stamp, CurrentStamp ?? "nothing");
                return false;
            }
            if (opened is null || opened.Manifest.Stamp == CurrentStamp)
            {
                opened?.Dispose();
                return false;
            }
            var previous = Interlocked.Exchange(ref _current, new LeasedBuild(opened));
            previous?.Release();
            logger.LogInformation("Serving {Audience} build {Stamp}", Folders.Audience, opened.Manifest.Stamp);
            return true;
        }
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Release();
}
