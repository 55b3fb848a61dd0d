using BenchmarkDotNet.Attributes;

namespace Search.Benchmarks;

/// <summary>Mean time per query over the 200 fixed queries: the knowledge base's search against SQLite FTS5.</summary>
/// <remarks>BenchmarkDotNet gives means with their error; the per-query p50 and p99 come from <see cref="LatencyRun"/>.</remarks>
[MemoryDiagnoser]
public class SearchLatencyBenchmarks
{
    private BenchCorpus _corpus = null!;

    [Params("shipped", "national")]
    public string Corpus { get; set; } = "shipped";

    [GlobalSetup]
    public void Open() => _corpus = BenchCorpus.Open(Corpus);

    [GlobalCleanup]
    public void Close() => _corpus.Dispose();

    [Benchmark(OperationsPerInvoke = 200)]
    public int Lucene()
    {
        var hits = 0;
        foreach (var query in _corpus.Queries)
        {
            try
            {
                hits += LuceneSearch.Top(_corpus.Build.Search, query).Hits.Count;
            }
            catch (KnowledgeBase.Core.Search.InvalidSearchQueryException)
            {
                // A prefix too broad for the index is refused at once; it is timed as the reader would wait for it.
            }
        }
        return hits;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 200)]
    public int Fts5()
    {
        var hits = 0;
        foreach (var query in _corpus.Queries)
            hits += _corpus.Fts5.Top(query);
        return hits;
    }
}
