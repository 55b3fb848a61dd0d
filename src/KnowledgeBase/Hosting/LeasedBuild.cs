using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>A published build with a count of the requests using it: it is closed when retired and the last request ends.</summary>
internal sealed class LeasedBuild(PublishedBuild build)
{
    // One lease belongs to the site itself until the build is retired, so a served build never reaches zero.
    private int _leases = 1;

    public PublishedBuild Build { get; } = build;

    public bool TryAcquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref _leases);
            if (current == 0)
                return false;
            if (Interlocked.CompareExchange(ref _leases, current + 1, current) == current)
                return true;
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0)
            Build.Dispose();
    }
}
