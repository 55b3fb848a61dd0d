using BenchmarkDotNet.Running;

namespace Compare.Benchmarks;

internal static class Program
{
    /// <summary>
    /// <c>pairs &lt;data&gt; &lt;content&gt; &lt;slug&gt; &lt;unrelated-from.md&gt; &lt;unrelated-to.md&gt; [rounds]</c> times every consecutive
    /// pair of a code of a national build against git (<see cref="NationalPairs"/>); anything else runs the benchmarks named
    /// by the arguments (<c>--filter *</c> for all), as BenchmarkDotNet's switcher reads them.
    /// </summary>
    private static int Main(string[] args)
    {
        if (args is ["pairs", var data, var content, var slug, var unrelatedFrom, var unrelatedTo, .. var rest])
            return NationalPairs.Run(data, content, slug, unrelatedFrom, unrelatedTo, rest is [var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 5);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
