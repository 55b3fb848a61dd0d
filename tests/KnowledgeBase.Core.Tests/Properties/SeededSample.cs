using CsCheck;

namespace KnowledgeBase.Core.Tests.Properties;

/// <summary>Runs a property on a fixed sequence of generated cases, so every run checks the same inputs and a failure reproduces.</summary>
/// <remarks>
/// CsCheck's own <c>Sample</c> takes a seed only for its first case and draws the rest at random. Here every case comes from one
/// seeded generator; a failing case names its own seed, which <c>Sample(seed: …)</c> replays first and then shrinks from.
/// </remarks>
internal static class SeededSample
{
    public static void Run<T>(Gen<T> gen, Action<T> assert, string seed, int iterations)
    {
        var pcg = PCG.Parse(seed);
        for (var i = 0; i < iterations; i++)
        {
            var state = pcg.State;
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"case {i} failed; replay it with gen.Sample(assert, seed: \"{pcg.ToString(state)}\")\n{Check.Print(value)}", e);
            }
        }
    }

    public static void Run<T1, T2>(Gen<(T1, T2)> gen, Action<T1, T2> assert, string seed, int iterations) =>
        Run(gen, t => assert(t.Item1, t.Item2), seed, iterations);
}
