using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Browsing;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Hosting;

/// <summary>A request's lease keeps its build readable whatever publishing does to the build's folder meanwhile.</summary>
public sealed class BuildLeaseTests : IDisposable
{
    private const int Readers = 16;

    private readonly TempFolder _temp = new();
    private readonly BuildOptions _options;
    private readonly BuildFolders _folders;

    public BuildLeaseTests()
    {
        _options = new BuildOptions(_temp.CopyFrom(TestPaths.FixtureContent, "content"), _temp.Combine("data"), Audience.Public);
        _folders = new BuildFolders(_options.DataPath, Audience.Public);
    }

    public void Dispose() => _temp.Dispose();

    private string Publish(bool full = false)
    {
        var result = BuildPipeline.Run(_options with { Full = full });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.PublishedStamp!;
    }

    /// <summary>Everything the pages of one build read, as text: every provision of every text, the citations to the first of
    /// each, the catalogue, the suggestions and a search.</summary>
    private static string ReadEverything(PublishedBuild build)
    {
        var store = build.Store;
        var read = new System.Text.StringBuilder();
        foreach (var version in store.AllVersions())
            foreach (var language in version.Languages)
            {
                var provisions = store.Provisions(version.Slug, version.Label, language);
                read.Append(version.Id).Append(' ').Append(language).Append(' ').Append(provisions.Count).Append(' ')
                    .Append(provisions.Sum(p => p.Html.Length)).AppendLine();
                if (provisions.Count > 0)
                {
                    read.Append(store.Provision(version.Slug, version.Label, language, provisions[0].EId)?.Text.Length).Append(' ')
                        .Append(store.CitationsTo(version.Slug, version.Label, provisions[0].EId).Count).AppendLine();
                }
            }
        var catalogue = InstrumentCatalogue.Of(build, ReaderAccess.WithoutDraftLegislation);
        read.AppendJoin(',', catalogue.Kinds.Select(k => $"{k}:{catalogue.Count(k)}")).AppendLine();
        read.AppendJoin(',', BuildSuggestions.Of(build).Suggest("i", max: 5).Select(s => s.Text)).AppendLine();
        read.Append(build.Search.Search(new SearchRequest("registration")).Total).AppendLine();
        return read.ToString();
    }

    /// <summary>Many readers of one build at once, started together: LiteDB gives each concurrent reader of a file its own
    /// handle, so this is what opens files while the build is in use.</summary>
    private static async Task<IReadOnlyList<string>> ReadTogether(PublishedBuild build)
    {
        using var start = new Barrier(Readers);
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return ReadEverything(build);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        return await Task.WhenAll(readers);
    }

    [Fact]
    public async Task Concurrent_requests_still_holding_a_pruned_build_read_all_of_it_as_before()
    {
        var first = Publish();
        using var served = new ServedBuild(_folders, new RecordingLogger<ServedBuild>());
        Assert.True(served.Refresh());
        using var lease = served.Acquire();

        // Two incremental builds: the second moves the first build's folder into .pruned/.
        Publish();
        var current = Publish();
        Assert.True(served.Refresh());
        Assert.False(Directory.Exists(_folders.BuildPath(first)), "the first build was not pruned");

        using var now = served.Acquire();
        var expected = ReadEverything(now.Build);
        Assert.All(await ReadTogether(lease.Build), read => Assert.Equal(expected, read));
        Assert.Equal(current, now.Build.Manifest.Stamp);
    }

    [Fact]
    public async Task Concurrent_requests_still_holding_a_deleted_build_read_all_of_it_as_before()
    {
        var first = Publish();
        using var served = new ServedBuild(_folders, new RecordingLogger<ServedBuild>());
        Assert.True(served.Refresh());
        using var lease = served.Acquire();

        // A full build deletes what is pruned and every build but the last two.
        Publish();
        Publish();
        Publish(full: true);
        Assert.True(served.Refresh());
        Assert.False(Directory.Exists(Path.Combine(BuildPublisher.PrunedRoot(_folders), first)), "the first build was not deleted");

        using var now = served.Acquire();
        var expected = ReadEverything(now.Build);
        Assert.All(await ReadTogether(lease.Build), read => Assert.Equal(expected, read));
    }
}
