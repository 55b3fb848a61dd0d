using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>A request's hold on the build it reads: the build stays open until every lease on it is disposed.</summary>
public sealed class BuildLease : IDisposable
{
    private LeasedBuild? _leased;

    internal BuildLease(LeasedBuild leased)
    {
        _leased = leased;
        Build = leased.Build;
    }

    public PublishedBuild Build { get; }

    public void Dispose() => Interlocked.Exchange(ref _leased, null)?.Release();
}
