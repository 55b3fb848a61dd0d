using BenchmarkDotNet.Running;

namespace Search.Benchmarks;

internal static class Program
{
    /// <summary>
    /// <c>latency [shipped] [national] [--rounds N] [--each]</c> prints per-query p50/p99 against FTS5 (and every query's medians with <c>--each</c>); <c>profile CORPUS [ROUNDS] [QUERY]</c>
    /// runs the knowledge base's search alone for a profiler; <c>snippets CORPUS</c> prints every query's first page to compare two builds; <c>allocations CORPUS</c> prints the bytes each query allocates, most first;
    /// <c>spelling DATA</c> prints "did you mean" for fixed misspelled queries against the public build in a data folder; anything else goes to BenchmarkDotNet's switcher (<c>--filter *</c>).
    /// </summary>
    private static int Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "snippets")
        {
            SnippetDump.Run(args[1], Console.Out);
            return 0;
        }
        if (args.Length > 1 && args[0] == "spelling")
        {
            SpellingDump.Run(args[1], Console.Out);
            return 0;
        }
        if (args.Length > 0 && args[0] == "latency")
        {
            var rounds = 5;
            var each = false;
            var corpora = new List<string>();
            for (var i = 1; i < args.Length; i++)
            {
                if (args[i] == "--rounds" && i + 1 < args.Length)
                    rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                else if (args[i] == "--each")
                    each = true;
                else
                    corpora.Add(args[i]);
            }
            LatencyRun.Run(corpora.Count > 0 ? corpora : ["shipped", "national"], rounds, Console.Out, each);
            return 0;
        }
        if (args.Length > 1 && args[0] == "allocations")
        {
            AllocationDump.Run(args[1], Console.Out);
            return 0;
        }
        if (args.Length > 1 && args[0] == "profile")
        {
            // The knowledge base's search alone, over and over, for a profiler to sample: dotnet-trace collect -- dotnet Search.Benchmarks.dll profile national
            using var corpus = BenchCorpus.Open(args[1]);
            var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10;
            // An optional fourth argument keeps only the queries whose text and filter contain it, to profile one slow query.
            var queries = args.Length > 3 ? corpus.Queries.Where(q => q.ToString().Contains(args[3], StringComparison.Ordinal)).ToList() : corpus.Queries;
            for (var round = 0; round < rounds; round++)
                foreach (var query in queries)
                {
                    try
                    {
                        LuceneSearch.Top(corpus.Build.Search, query);
                    }
                    catch (KnowledgeBase.Core.Search.InvalidSearchQueryException)
                    {
                    }
                }
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
