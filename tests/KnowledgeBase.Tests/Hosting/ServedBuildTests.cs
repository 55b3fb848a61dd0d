using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;
using KnowledgeBase.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Tests.Hosting;

public sealed class ServedBuildTests(BuiltData built) : IClassFixture<BuiltData>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (ServedBuild Served, RecordingLogger<ServedBuild> Log, BuildFolders Folders) ServingTheOlderBuild()
    {
        var folders = built.CopyInto(_temp);
        var log = new RecordingLogger<ServedBuild>();
        var served = new ServedBuild(folders, log);
        Assert.True(served.Refresh());
        Assert.Equal(built.Older, served.CurrentStamp);
        return (served, log, folders);
    }

    // Each damage done to the newer build, and a word its refusal must name.
    public static TheoryData<string, string> Damages() => new()
    {
        { "truncated store", StoreSchema.DatabaseFile },
        { "missing index segment", "index/" },
        { "garbage manifest", StoreSchema.ManifestFile },
        { "empty manifest", StoreSchema.ManifestFile },
        { "store replaced by another build's", StoreSchema.DatabaseFile },
    };

    private static void Damage(string how, string buildPath)
    {
        var store = Path.Combine(buildPath, StoreSchema.DatabaseFile);
        var manifest = Path.Combine(buildPath, StoreSchema.ManifestFile);
        switch (how)
        {
            case "truncated store":
                using (var file = File.OpenWrite(store))
                    file.SetLength(file.Length / 2);
                break;
            case "missing index segment":
                File.Delete(Directory.EnumerateFiles(Path.Combine(buildPath, StoreSchema.IndexFolder), "_*").Order(StringComparer.Ordinal).First());
                break;
            case "garbage manifest":
                File.WriteAllText(manifest, "{ this is not JSON \u0000");
                break;
            case "empty manifest":
                File.WriteAllText(manifest, "");
                break;
            case "store replaced by another build's":
                File.AppendAllText(store, "more bytes");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_build_is_refused_the_served_build_stays_and_the_log_says_why(string how, string named)
    {
        var (served, log, folders) = ServingTheOlderBuild();
        using var _ = served;
        Damage(how, folders.BuildPath(built.Newer));

        BuiltData.Point(folders, built.Newer);
        var switched = served.Refresh();

        Assert.False(switched);
        Assert.Equal(built.Older, served.CurrentStamp);
        using (var lease = served.Acquire())
            Assert.NotEmpty(lease.Build.Store.Instruments());
        Assert.Equal(built.Newer, served.Refused?.Stamp);
        Assert.Contains(named, served.Refused!.Reason, StringComparison.Ordinal);
        var line = Assert.Single(log.Lines, l => l.Level == LogLevel.Error);
        Assert.StartsWith($"Refused public build {built.Newer}: ", line.Message, StringComparison.Ordinal);
        Assert.EndsWith($"; still serving {built.Older}", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_is_logged_once_however_often_the_watcher_looks()
    {
        var (served, log, folders) = ServingTheOlderBuild();
        using var _ = served;
        Damage("truncated store", folders.BuildPath(built.Newer));
        BuiltData.Point(folders, built.Newer);

        for (var poll = 0; poll < 5; poll++)
            served.Refresh();

        Assert.Single(log.Lines, l => l.Level == LogLevel.Error);
    }

    [Fact]
    public void CURRENT_naming_a_missing_build_is_refused_and_the_served_build_stays()
    {
        var (served, log, folders) = ServingTheOlderBuild();
        using var _ = served;

        BuiltData.Point(folders, "20991231T000000000Z-abcdef");
        served.Refresh();

        Assert.Equal(built.Older, served.CurrentStamp);
        Assert.Equal("20991231T000000000Z-abcdef", served.Refused?.Stamp);
        Assert.Contains("does not exist", served.Refused!.Reason, StringComparison.Ordinal);
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("20991231T000000000Z-abcdef", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../../../etc")]
    [InlineData("..")]
    public void CURRENT_naming_a_path_outside_the_builds_is_refused(string named)
    {
        var (served, _, folders) = ServingTheOlderBuild();
        using var __ = served;

        BuiltData.Point(folders, named);
        served.Refresh();

        Assert.Equal(built.Older, served.CurrentStamp);
        Assert.Equal(named, served.Refused?.Stamp);
    }

    [Fact]
    public void A_sound_build_published_after_a_refusal_is_served_and_the_refusal_is_cleared()
    {
        var (served, _, folders) = ServingTheOlderBuild();
        using var _ = served;
        BuiltData.Point(folders, "20991231T000000000Z-abcdef");
        served.Refresh();

        BuiltData.Point(folders, built.Newer);

        Assert.True(served.Refresh());
        Assert.Equal(built.Newer, served.CurrentStamp);
        Assert.Null(served.Refused);
    }

    [Fact]
    public async Task A_site_whose_only_build_is_damaged_answers_503_with_the_friendly_page()
    {
        var folders = built.CopyInto(_temp);
        Damage("truncated store", folders.BuildPath(built.Older));
        using var site = new SiteFactory().WithWebHostBuilder(host => host.UseSetting("data", Path.GetDirectoryName(folders.AudienceRoot)).UseSetting("build-on-start", "false"));

        var response = await site.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("The knowledge base is being prepared", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal(built.Older, site.Services.GetRequiredService<ServedBuild>().Refused?.Stamp);
    }

    [Fact]
    public async Task Health_reports_the_refused_build_and_why()
    {
        var folders = built.CopyInto(_temp);
        Damage("truncated store", folders.BuildPath(built.Older));
        using var site = new SiteFactory().WithWebHostBuilder(host => host.UseSetting("data", Path.GetDirectoryName(folders.AudienceRoot)).UseSetting("build-on-start", "false"));

        var response = await site.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var refused = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refused");
        Assert.Equal(built.Older, refused.GetProperty("build").GetString());
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("reason").GetString()));
    }
}
