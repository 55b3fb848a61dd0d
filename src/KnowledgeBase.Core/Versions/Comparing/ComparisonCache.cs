using System.Collections.Concurrent;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Keeps the comparisons computed so far, so two versions of a build are compared at most once while they are kept.</summary>
/// <remarks>
/// The key names the build, so a new build never reuses an old answer; old builds' entries simply age out. Bounded: past
/// <see cref="Capacity"/> the oldest entry goes, so picking every pair of versions cannot grow memory without end. A
/// <see cref="Lazy{T}"/> per key makes concurrent requests for one comparison wait for a single computation. Thread-safe.
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
        return kept.Value;
    }
}
