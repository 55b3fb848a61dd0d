using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Core.Search;

namespace Search.Benchmarks;

/// <summary>
/// Per-query latency, p50 and p99, of the knowledge base's search and of FTS5 on the same 200 queries, interleaved query
/// by query (the engine that goes first alternates each round) so that a disturbance from other processes falls on both.
/// Before timing, each query's hit count is compared between the two.
/// </summary>
public static class LatencyRun
{
    public static void Run(IReadOnlyList<string> corpora, int rounds, TextWriter output, bool each = false)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {rounds} rounds, medians of the rounds' percentiles");
        foreach (var name in corpora)
        {
            var opening = Stopwatch.StartNew();
            using var corpus = BenchCorpus.Open(name);
            output.WriteLine();
            output.WriteLine($"## {name}: {corpus.Queries.Count} queries (opened in {opening.Elapsed.TotalSeconds:0.0} s)");
            CompareCounts(corpus, output);

            var lucene = new List<double[]>();
            var fts5 = new List<double[]>();
            var fts5Count = new List<double[]>();
            Round(corpus, luceneFirst: true); // warm-up: caches, JIT, the OS page cache
            for (var round = 0; round < rounds; round++)
            {
                var (l, f, c) = Round(corpus, luceneFirst: round % 2 == 0);
                lucene.Add(l);
                fts5.Add(f);
                fts5Count.Add(c);
            }

            output.WriteLine();
            output.WriteLine("| engine | p50 ms | p99 ms | mean ms | max ms |");
            output.WriteLine("|---|---|---|---|---|");
            Row(output, "knowledge base (Lucene, top 10 highlighted, totals and facets)", lucene);
            Row(output, "FTS5 top 10 with snippet()", fts5);
            Row(output, "FTS5 top 10 with snippet() + count(*)", [.. fts5.Zip(fts5Count, (a, b) => a.Zip(b, (x, y) => x + y).ToArray())]);
            output.WriteLine(string.Create(invariant,
                $"\nratio p99 knowledge base / FTS5 top 10: {Median(lucene, 0.99) / Median(fts5, 0.99):0.00}; p50: {Median(lucene, 0.5) / Median(fts5, 0.5):0.00}"));

            output.WriteLine();
            output.WriteLine("| category | queries | KB p50 | KB p99 | FTS5 p50 | FTS5 p99 |");
            output.WriteLine("|---|---|---|---|---|---|");
            foreach (var category in corpus.Queries.Select(q => q.Category).Distinct())
            {
                var indexes = corpus.Queries.Select((q, i) => (q, i)).Where(x => x.q.Category == category).Select(x => x.i).ToArray();
                double[][] Of(List<double[]> all) => [.. all.Select(r => indexes.Select(i => r[i]).ToArray())];
                output.WriteLine(string.Create(invariant,
                    $"| {category} | {indexes.Length} | {Median(Of(lucene), 0.5):0.00} | {Median(Of(lucene), 0.99):0.00} | {Median(Of(fts5), 0.5):0.00} | {Median(Of(fts5), 0.99):0.00} |"));
            }

            var slowest = corpus.Queries.Select((q, i) => (q, ms: lucene.Select(r => r[i]).Order().ElementAt(lucene.Count / 2)))
                .OrderByDescending(x => x.ms).Take(8);
            output.WriteLine();
            output.WriteLine("slowest for the knowledge base (median of rounds): " +
                string.Join("; ", slowest.Select(x => string.Create(invariant, $"{x.q} {x.ms:0.0} ms"))));
            if (each)
                Each(corpus, lucene, fts5, output);
        }
    }

    /// <summary>Every query, slowest first for the knowledge base, with both engines' medians over the rounds: where the tail is.</summary>
    private static void Each(BenchCorpus corpus, List<double[]> lucene, List<double[]> fts5, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| query | category | KB median ms | FTS5 median ms |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (query, i) in corpus.Queries.Select((q, i) => (q, i)).OrderByDescending(x => MedianOf(lucene.Select(r => r[x.i]))))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {query} | {query.Category} | {MedianOf(lucene.Select(r => r[i])):0.00} | {MedianOf(fts5.Select(r => r[i])):0.00} |"));
    }

    private static (double[] Lucene, double[] Fts5, double[] Fts5Count) Round(BenchCorpus corpus, bool luceneFirst)
    {
        var n = corpus.Queries.Count;
        var (lucene, fts5, count) = (new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++)
        {
            var query = corpus.Queries[i];
            if (luceneFirst)
            {
                lucene[i] = Time(() => Lucene(corpus, query));
                fts5[i] = Time(() => corpus.Fts5.Top(query));
            }
            else
            {
                fts5[i] = Time(() => corpus.Fts5.Top(query));
                lucene[i] = Time(() => Lucene(corpus, query));
            }
            count[i] = Time(() => corpus.Fts5.Count(query));
        }
        return (lucene, fts5, count);
    }

    private static int Lucene(BenchCorpus corpus, BenchQuery query)
    {
        try
        {
            return LuceneSearch.Top(corpus.Build.Search, query).Total;
        }
        catch (InvalidSearchQueryException)
        {
            return -1;
        }
    }

    private static double Time(Func<long> search)
    {
        var start = Stopwatch.GetTimestamp();
        search();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Time(Func<int> search) => Time(() => (long)search());

    private static void CompareCounts(BenchCorpus corpus, TextWriter output)
    {
        var differing = new List<string>();
        output.WriteLine();
        output.WriteLine("| category | queries | equal hit counts | refused by the KB |");
        output.WriteLine("|---|---|---|---|");
        foreach (var group in corpus.Queries.GroupBy(q => q.Category))
        {
            var equal = 0;
            var refused = 0;
            foreach (var query in group)
            {
                var ours = Lucene(corpus, query);
                var theirs = corpus.Fts5.Count(query);
                if (ours < 0)
                    refused++;
                if (ours == theirs)
                    equal++;
                else
                    differing.Add(string.Create(CultureInfo.InvariantCulture, $"{query} {(ours < 0 ? "refused" : ours.ToString(CultureInfo.InvariantCulture))} vs {theirs}"));
            }
            output.WriteLine($"| {group.Key} | {group.Count()} | {equal} | {refused} |");
        }
        if (differing.Count > 0)
            output.WriteLine($"\ndiffering (KB vs FTS5): {string.Join("; ", differing)}");
    }

    private static void Row(TextWriter output, string engine, List<double[]> rounds) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {engine} | {Median(rounds, 0.5):0.00} | {Median(rounds, 0.99):0.00} | {MedianOf(rounds.Select(r => r.Average())):0.00} | {MedianOf(rounds.Select(r => r.Max())):0.00} |"));

    /// <summary>The median over rounds of each round's percentile <paramref name="p"/> (nearest rank).</summary>
    private static double Median(IEnumerable<double[]> rounds, double p) => MedianOf(rounds.Select(r => Percentile(r, p)));

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
