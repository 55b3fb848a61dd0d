using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;

namespace KnowledgeBase.Site;

/// <summary>The build one request reads: leased on first use and released when the request's scope ends.</summary>
/// <remarks>Every component of one page sees the same build, even if a new one is published while the page renders.</remarks>
public sealed class RequestBuild(ServedBuild served) : IDisposable
{
    private BuildLease? _lease;

    /// <summary>Throws <see cref="NoBuildException"/> when nothing is published yet.</summary>
    public PublishedBuild Build => (_lease ??= served.Acquire()).Build;

    public KnowledgeStore Store => Build.Store;

    public void Dispose() => _lease?.Dispose();
}
