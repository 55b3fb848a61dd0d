using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;
using KnowledgeBase.Tests.Components.Pages;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Tests.Site.Browsing;

/// <summary>The home and browse pages, the API's list of instruments and the feed list what the build's catalogue file holds;
/// a build written before that file existed is still served, its lists read from the store, and shows the same pages.</summary>
public sealed class InstrumentCatalogueTests(BrowseAtScaleTests.ManyLaws site) : IClassFixture<BrowseAtScaleTests.ManyLaws>, IDisposable
{
    private static readonly string[] ListingPages = ["/", "/browse/law", "/browse/law/2008", "/browse/law/2008?page=2", "/browse/law/1995", "/browse/decree",
        "/api/instruments", "/feed.atom"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<string> Html(WebApplicationFactory<Program> factory, string url)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A copy of the site's published build, changed by <paramref name="change"/> (given the build's folder) and
    /// listed again in its manifest, served without building.</summary>
    private async Task<WebApplicationFactory<Program>> ServeCopy(Action<string> change, bool listFiles = true)
    {
        await Html(site.Factory, "/");   // the site builds on start: its build exists once it has answered
        var data = _temp.CopyFrom(site.Factory.Data, "data");
        var folders = new BuildFolders(data, Audience.Public);
        var build = folders.BuildPath(folders.ReadCurrentStamp()!);
        change(build);
        var manifest = BuildManifest.ReadFrom(build)!;
        (manifest with { Files = listFiles ? BuildFile.List(build) : manifest.Files!.Where(f => f.Path != CatalogueFile.Name).ToList() }).WriteTo(build);
        return site.Factory.WithWebHostBuilder(host => host.UseSetting("data", data).UseSetting("build-on-start", "false"));
    }

    [Fact]
    public async Task A_build_without_a_catalogue_file_shows_the_same_pages_from_its_store()
    {
        using var older = await ServeCopy(build => File.Delete(Path.Combine(build, CatalogueFile.Name)), listFiles: false);

        foreach (var url in ListingPages)
            Assert.Equal(await Html(site.Factory, url), await Html(older, url));
    }

    [Fact]
    public async Task The_pages_list_what_the_catalogue_file_holds_not_what_the_store_holds()
    {
        using var edited = await ServeCopy(build =>
        {
            var path = Path.Combine(build, CatalogueFile.Name);
            CatalogueFile.Write(CatalogueFile.Read(path)!.Select(i => i.Slug == "law-1995"
                ? i with { Titles = new Dictionary<string, string> { ["en"] = "Law named by the catalogue" } }
                : i), path);
        });

        Assert.Contains("Law named by the catalogue", await Html(edited, "/browse/law/1995"), StringComparison.Ordinal);
        Assert.Contains("Law named by the catalogue", await Html(edited, "/api/instruments"), StringComparison.Ordinal);
        Assert.Contains("Law named by the catalogue", await Html(edited, "/feed.atom"), StringComparison.Ordinal);
        Assert.DoesNotContain("Law named by the catalogue", await Html(edited, "/instruments/law-1995"), StringComparison.Ordinal);
    }
}
