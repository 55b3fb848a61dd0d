using System.Net;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Hosting;

/// <summary>What the site does on start with the build it finds: serve it at once, and rebuild in the background only when the content has changed.</summary>
public sealed class StartupBuildTests
{
    private static async Task<HttpStatusCode> Ask(WebApplicationFactory<Program> host, string url = "/instruments/migration-code/latest") =>
        (await host.CreateClient().GetAsync(new Uri(url, UriKind.Relative))).StatusCode;

    /// <summary>A host of the site over the factory's folders; disposing it stops the site and leaves the folders.</summary>
    private static WebApplicationFactory<Program> Start(SiteFactory site) => site.WithWebHostBuilder(_ => { });

    [Fact]
    public async Task With_no_build_the_site_builds_before_it_answers()
    {
        using var site = new SiteFactory();
        using var host = Start(site);

        Assert.Equal(HttpStatusCode.OK, await Ask(host));
        Assert.NotNull(new BuildFolders(site.Data, Audience.Public).ReadCurrentStamp());
    }

    [Fact]
    public async Task A_build_that_matches_the_content_is_served_and_not_rebuilt()
    {
        using var site = new SiteFactory();
        var built = BuildPipeline.Run(new BuildOptions(site.Content, site.Data, Audience.Public));
        Assert.True(built.Succeeded);

        using (var host = Start(site))
            Assert.Equal(HttpStatusCode.OK, await Ask(host));
        // Disposing the host waited for the background check to end.

        var builds = Directory.GetDirectories(new BuildFolders(site.Data, Audience.Public).BuildsRoot);
        Assert.Equal([built.PublishedStamp], builds.Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_stale_build_is_served_at_once_and_replaced_when_the_new_build_is_published()
    {
        using var site = new SiteFactory();
        var stale = BuildPipeline.Run(new BuildOptions(site.Content, site.Data, Audience.Public)).PublishedStamp;
        File.AppendAllText(Path.Combine(site.Content, "decree-276", "2010-06-04.en.md"), "\n### Article 3. Entry into force {#entry-into-force}\n\n3.1. This Decree enters into force on signature.\n");

        using var host = Start(site);
        var served = host.Services.GetRequiredService<ServedBuild>();

        Assert.Equal(HttpStatusCode.OK, await Ask(host));
        Assert.True(SpinWait.SpinUntil(() => served.CurrentStamp is { } now && now != stale, TimeSpan.FromSeconds(60)), "the site did not rebuild the stale build");
        Assert.Equal(HttpStatusCode.OK, await Ask(host, "/instruments/decree-276/latest/art_3"));
    }
}
