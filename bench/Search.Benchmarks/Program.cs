using BenchmarkDotNet.Running;

namespace Search.Benchmarks;

internal static class Program
{
    /// <summary>
    /// <c>latency [shipped] [national] [--rounds N]</c> prints per-query p50/p99 against FTS5; anything else goes to
    /// BenchmarkDotNet's switcher (<c>--filter *</c> for the means).
    /// </summary>
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "latency")
        {
            var rounds = 5;
            var corpora = new List<string>();
            for (var i = 1; i < args.Length; i++)
            {
                if (args[i] == "--rounds" && i + 1 < args.Length)
                    rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                else
                    corpora.Add(args[i]);
            }
            LatencyRun.Run(corpora.Count > 0 ? corpora : ["shipped", "national"], rounds, Console.Out);
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
