using BenchmarkDotNet.Running;

namespace Compare.Benchmarks;

internal static class Program
{
    /// <summary>Runs the benchmarks named by the arguments (<c>--filter *</c> for all), as BenchmarkDotNet's switcher reads them.</summary>
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
