using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

public class ComparisonCacheTests
{
    private static readonly VersionComparison Nothing = VersionComparison.Of([]);

    private static ComparisonKey Key(string build = "20260101", string from = "a", ComparisonOptions? options = null) =>
        new(build, "migration-code", from, "b", "en", options ?? ComparisonOptions.Exact);

    [Fact]
    public void Computes_a_comparison_once_however_often_it_is_asked_for()
    {
        var cache = new ComparisonCache();
        var computed = 0;

        Parallel.For(0, 20, _ => cache.GetOrCompute(Key(), () => { Interlocked.Increment(ref computed); Thread.Sleep(5); return Nothing; }));

        Assert.Equal(1, computed);
    }

    [Theory]
    [InlineData("20260102", "a", false)]
    [InlineData("20260101", "2011-cabinet-draft", false)]
    [InlineData("20260101", "a", true)]
    public void Computes_again_for_another_build_pair_or_option(string build, string from, bool ignoreRenumbering)
    {
        var cache = new ComparisonCache();
        cache.GetOrCompute(Key(), () => Nothing);
        var computed = false;

        cache.GetOrCompute(Key(build, from, new ComparisonOptions(IgnoreRenumbering: ignoreRenumbering)), () => { computed = true; return Nothing; });

        Assert.True(computed);
    }

    [Fact]
    public void Hands_out_a_comparison_cut_short_but_computes_it_again_next_time()
    {
        var cache = new ComparisonCache();
        var curtailed = Nothing with { Curtailed = true };
        var computed = 0;

        var first = cache.GetOrCompute(Key(), () => { computed++; return curtailed; });
        var second = cache.GetOrCompute(Key(), () => { computed++; return Nothing; });
        var third = cache.GetOrCompute(Key(), () => { computed++; return curtailed; });

        Assert.True(first.Curtailed);
        Assert.False(second.Curtailed);
        Assert.False(third.Curtailed);
        Assert.Equal(2, computed);
    }

    [Fact]
    public void Forgets_the_oldest_comparison_past_its_capacity()
    {
        var cache = new ComparisonCache(capacity: 2);
        foreach (var from in new[] { "a", "b", "c" })
            cache.GetOrCompute(Key(from: from), () => Nothing);
        var recomputed = new List<string>();

        foreach (var from in new[] { "c", "a" })
            cache.GetOrCompute(Key(from: from), () => { recomputed.Add(from); return Nothing; });

        Assert.Equal(["a"], recomputed);
        Assert.Equal(2, cache.Count);
    }
}
