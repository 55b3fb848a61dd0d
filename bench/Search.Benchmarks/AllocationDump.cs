using System.Globalization;
using KnowledgeBase.Core.Search;

namespace Search.Benchmarks;

/// <summary>The bytes each query's search allocates, most first, and the collections they cost over a round.</summary>
/// <remarks>
/// The p99 of the latency run is each round's second slowest query, and a garbage collection that falls on a slow query
/// is what pushes it over: allocation is a cost of its own, paid by whichever query comes next.
/// </remarks>
internal static class AllocationDump
{
    public static void Run(string corpusName, TextWriter output)
    {
        using var corpus = BenchCorpus.Open(corpusName);
        var invariant = CultureInfo.InvariantCulture;
        foreach (var query in corpus.Queries)
            Search(corpus, query);
        var allocated = new List<(BenchQuery Query, long Bytes)>();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        foreach (var query in corpus.Queries)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Search(corpus, query);
            allocated.Add((query, GC.GetAllocatedBytesForCurrentThread() - before));
        }
        output.WriteLine(string.Create(invariant,
            $"one round of {corpus.Queries.Count} queries: {allocated.Sum(a => a.Bytes) / 1e6:0.0} MB allocated; collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}"));
        foreach (var (query, bytes) in allocated.OrderByDescending(a => a.Bytes).Take(15))
            output.WriteLine(string.Create(invariant, $"{query}: {bytes / 1e3:0} kB"));
    }

    private static void Search(BenchCorpus corpus, BenchQuery query)
    {
        try
        {
            LuceneSearch.Top(corpus.Build.Search, query);
        }
        catch (InvalidSearchQueryException)
        {
        }
    }
}
