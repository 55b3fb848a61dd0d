using System.Diagnostics;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Indexer.Commands;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Indexer.Tests.Commands;

/// <summary>The real indexer, run as a child process and killed at moments of a build: what was published is never lost.</summary>
public sealed class BuildCommandFaultTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Runs <c>indexer build</c> in its own process, stopped at <paramref name="stage"/> (see <see cref="StagePause"/>), then kills it.</summary>
    private static void BuildAndKillAt(string stage, string content, string data)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", typeof(CommandLine).Assembly.Location, "build", "--content", content, "--data", data })
            start.ArgumentList.Add(argument);
        start.Environment[StagePause.Variable] = stage;
        using var indexer = Process.Start(start)!;
        indexer.ErrorDataReceived += (_, _) => { };
        indexer.BeginErrorReadLine();
        try
        {
            var reading = indexer.StandardOutput.ReadLineAsync();
            Assert.True(reading.Wait(Patience), $"the indexer never reached '{stage}'");
            Assert.StartsWith($"paused at {stage}", reading.Result, StringComparison.Ordinal);
        }
        finally
        {
            indexer.Kill(entireProcessTree: true);
            indexer.WaitForExit();
        }
    }

    public static TheoryData<string> Stages() => ["parsing", "linking citations", "writing the store", "writing the index", "publishing"];

    [Theory]
    [MemberData(nameof(Stages))]
    public void Killed_during_a_build_the_published_build_still_serves_and_the_next_build_succeeds(string stage)
    {
        var content = _temp.CopyFrom(TestPaths.FixtureContent, "content");
        var data = _temp.Combine("data");
        var first = BuildPipeline.Run(new BuildOptions(content, data, Audience.Public));
        Assert.True(first.Succeeded);
        var folders = new BuildFolders(data, Audience.Public);

        BuildAndKillAt(stage, content, data);

        Assert.Equal(first.PublishedStamp, folders.ReadCurrentStamp());
        using (var served = PublishedBuild.OpenCurrent(folders))
            Assert.Equal(first.Summary.Provisions, served!.Manifest.Provisions);
        var next = IndexerRun.Of("build", "--content", content, "--data", data);
        Assert.Equal(ExitCodes.Success, next.ExitCode);
        var stamp = folders.ReadCurrentStamp();
        Assert.NotEqual(first.PublishedStamp, stamp);
        using var rebuilt = PublishedBuild.Open(folders.BuildPath(stamp!));
        Assert.Equal(first.Summary.Provisions, rebuilt.Manifest.Provisions);
    }

    [Fact]
    public void Killed_just_before_publishing_the_abandoned_build_is_never_served()
    {
        var content = _temp.CopyFrom(TestPaths.FixtureContent, "content");
        var data = _temp.Combine("data");
        var folders = new BuildFolders(data, Audience.Public);

        BuildAndKillAt("publishing", content, data);

        Assert.Null(folders.ReadCurrentStamp());
        Assert.Null(PublishedBuild.OpenCurrent(folders));
        var abandoned = Assert.Single(Directory.GetDirectories(folders.BuildsRoot));
        Assert.StartsWith(".", Path.GetFileName(abandoned), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(abandoned, StoreSchema.ManifestFile)));
    }
}
