using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Building.Stages;

/// <summary>The runs of instruments a full build writes into the index side by side.</summary>
public sealed class IndexRunsTests
{
    private static readonly Lazy<IReadOnlyList<LinkedInstrument>> Instruments = new(() =>
        BuildPipeline.Read(new BuildOptions(TestPaths.FixtureContent, "", Audience.Public)).Corpus!.Instruments);

    public static TheoryData<int> Counts() => [1, 2, 3, 4, 100];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Put_end_to_end_the_runs_are_the_corpus_in_its_order(int count)
    {
        var runs = IndexRuns.Of(Instruments.Value, count);

        Assert.Equal(Instruments.Value.Select(i => i.Instrument.Slug), runs.SelectMany(r => r).Select(i => i.Instrument.Slug));
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void There_are_at_most_as_many_runs_as_asked_and_none_is_empty(int count)
    {
        var runs = IndexRuns.Of(Instruments.Value, count);

        Assert.InRange(runs.Count, 1, Math.Min(count, Instruments.Value.Count));
        Assert.All(runs, run => Assert.NotEmpty(run));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_run_ends_with_the_instrument_that_brings_it_to_its_share_of_the_provisions(int count)
    {
        // Weighed by provisions (one more for the instrument itself), so that a code with all its versions counts for the
        // hundreds of small acts it is as much work as.
        var total = Instruments.Value.Sum(Weight);
        var runs = IndexRuns.Of(Instruments.Value, count);

        long before = 0;
        foreach (var (run, k) in runs.SkipLast(1).Select((r, k) => (r, k + 1)))
        {
            var through = before + run.Sum(Weight);
            Assert.True(through * count >= total * k, $"run {k} ends at {through} of {total}");
            Assert.True((through - Weight(run[^1])) * count < total * k, $"run {k} goes on past its share");
            before = through;
        }
    }

    [Fact]
    public void An_empty_corpus_is_one_empty_run()
    {
        var run = Assert.Single(IndexRuns.Of([], 2));

        Assert.Empty(run);
    }

    private static long Weight(LinkedInstrument instrument) => 1 + instrument.Versions.Sum(v => v.Texts.Sum(t => (long)t.Provisions.Count));
}
