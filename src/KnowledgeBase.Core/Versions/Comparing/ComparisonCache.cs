using System.Collections.Concurrent;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Keeps the comparisons computed so far, so two versions of a build are compared at most once while they are kept.</summary>
/// <remarks>
/// The key names the build, so a new build never reuses an old answer; old builds' entries simply age out. Bounded: past
/// <see cref="Capacity"/> the oldest entry goes, so picking every pair of versions cannot grow memory without end. A
/// <see cref="Lazy{T}"/> per key makes concurrent requests for one comparison wait for a single computation. Thread-safe.
/// A comparison its time budget cut short (<see cref="VersionComparison.Curtailed"/>, a busy machine) is handed out but not
/// kept: the next request computes it again and may complete it, instead of every reader getting the lesser answer for the
/// build's life.
/// </remarks>
public sealed class ComparisonCache(int capacity = ComparisonCache.DefaultCapacity)
{
    public const int DefaultCapacity = 256;

    private readonly ConcurrentDictionary<ComparisonKey, Lazy<VersionComparison>> _entries = new();
    private readonly ConcurrentQueue<ComparisonKey> _arrival = new();

    public int Capacity { get; } = capacity;

    public int Count => _entries.Count;

    public VersionComparison GetOrCompute(ComparisonKey key, Func<VersionComparison> compute)
    {
        var entry = new Lazy<VersionComparison>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
        var kept = _entries.GetOrAdd(key, entry);
        if (ReferenceEquals(kept, entry))
        {
            _arrival.Enqueue(key);
            while (_entries.Count > Capacity && _arrival.TryDequeue(out var oldest))
                _entries.TryRemove(oldest, out _);
        }
        var comparison = kept.Value;
        if (comparison.Curtailed)
            _entries.TryRemove(new KeyValuePair<ComparisonKey, Lazy<VersionComparison>>(key, kept));
        return comparison;
    }
}
