using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Storage;

public sealed class BuildPublisherTests
{
    [Fact]
    public async Task A_reader_that_keeps_querying_while_builds_are_published_sees_no_failure()
    {
        using var temp = new TempFolder();
        var options = new BuildOptions(TestPaths.FixtureContent, temp.Path, Audience.Public);
        Assert.True(BuildPipeline.Run(options).Succeeded);
        var folders = new BuildFolders(temp.Path, Audience.Public);

        var failures = new List<Exception>();
        var reads = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var build = PublishedBuild.OpenCurrent(folders) ?? throw new InvalidOperationException("CURRENT named no build");
                    Assert.NotEmpty(build.Store.Provisions("migration-code", "2014-10-amended", "en"));
                    Assert.True(build.Search.Search(new SearchRequest("registration")).Total > 0);
                    Interlocked.Increment(ref reads);
                }
                catch (Exception e)
                {
                    lock (failures)
                        failures.Add(e);
                }
            }
        });

        // Each publication waits for the reader to have read again, so reads and publications interleave.
        var published = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            var before = Volatile.Read(ref reads);
            Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref reads) > before || failures.Count > 0, TimeSpan.FromSeconds(30)), "the reader stalled");
            published.Add(BuildPipeline.Run(options).PublishedStamp!);
        }
        stop.Cancel();
        await reader;

        Assert.Empty(failures);
        Assert.True(reads > 6, $"the reader read only {reads} times");
        Assert.Equal(6, published.Count);
    }

    [Fact]
    public void An_incremental_build_moves_the_superseded_build_out_of_reach_at_once_and_the_next_one_deletes_it()
    {
        using var temp = new TempFolder();
        var content = temp.CopyFrom(TestPaths.FixtureContent, "content");
        var options = new BuildOptions(content, temp.Combine("data"), Audience.Public);
        var folders = new BuildFolders(options.DataPath, Audience.Public);
        var stamps = new List<string>();
        string[] Listed(string root) => Directory.Exists(root) ? [.. Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

        for (var i = 0; i < 3; i++)
        {
            var result = BuildPipeline.Run(options);
            Assert.True(result.Succeeded);
            Assert.Equal(i > 0, result.Incremental is not null);
            stamps.Add(result.PublishedStamp!);
        }
        Assert.Equal(stamps[1..], Listed(folders.BuildsRoot));
        Assert.Equal([stamps[0]], Listed(BuildPublisher.PrunedRoot(folders)));

        stamps.Add(BuildPipeline.Run(options).PublishedStamp!);

        Assert.Equal(stamps[2..], Listed(folders.BuildsRoot));
        Assert.Equal([stamps[1]], Listed(BuildPublisher.PrunedRoot(folders)));
        Assert.True(BuildPipeline.Run(options with { Full = true }).Succeeded);
        Assert.Empty(Listed(BuildPublisher.PrunedRoot(folders)));
    }

    [Fact]
    public void A_pointer_naming_a_missing_build_is_no_build()
    {
        using var temp = new TempFolder();
        var folders = new BuildFolders(temp.Path, Audience.Public);
        Directory.CreateDirectory(folders.AudienceRoot);
        File.WriteAllText(folders.CurrentFile, "20260101T000000000Z-abcdef\n");

        Assert.Null(folders.ReadCurrentStamp());
        Assert.Null(PublishedBuild.OpenCurrent(folders));
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/tmp")]
    [InlineData("a.b")]
    [InlineData("")]
    public void A_pointer_can_never_lead_outside_the_builds_folder(string written)
    {
        Assert.False(BuildFolders.IsStamp(written));
    }
}
