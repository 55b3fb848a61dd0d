using System.Net;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Site.Browsing;
using KnowledgeBase.Testing;
using KnowledgeBase.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Tests.Site.Browsing;

/// <summary>On the shipped corpus (titles in three languages, notices, procedures), what is listed from the catalogue file is
/// byte for byte what is listed from the store; a file damaged at its right size is found and the store read instead.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class ShippedCatalogueTests(ShippedSiteFactory site) : IDisposable
{
    private static readonly string[] Listings =
    [
        "/", "/browse/decree", "/browse/code", "/procedures", "/api/instruments", "/api/instruments?lang=az", "/api/instruments?lang=ru", "/feed.atom",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static async Task<string> Get(WebApplicationFactory<Program> factory, string url, string? uiLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (uiLanguage is not null)
            request.Headers.Add("Cookie", $"kb-ui={uiLanguage}");
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A copy of the shipped build with its catalogue file changed by <paramref name="change"/>, served without
    /// building; the manifest is left as it is, so a change that keeps the size passes its check.</summary>
    private async Task<(WebApplicationFactory<Program> Site, string Build)> ServeCopy(Action<string> change)
    {
        await Get(site, "/");   // the shipped site builds on start: its build exists once it has answered
        var data = _temp.CopyFrom(site.Data, "data");
        var folders = new BuildFolders(data, Audience.Public);
        var build = folders.BuildPath(folders.ReadCurrentStamp()!);
        change(Path.Combine(build, CatalogueFile.Name));
        return (site.WithWebHostBuilder(host => host.UseSetting("data", data).UseSetting("build-on-start", "false")), build);
    }

    /// <summary>Overwrites 16 bytes of the records (the first fifth of the file) with 0xFF: lengths and counts that cannot be.</summary>
    private static void OverwriteSomeRecords(string catalogue)
    {
        var bytes = File.ReadAllBytes(catalogue);
        Array.Fill(bytes, (byte)0xFF, bytes.Length / 5, 16);
        File.WriteAllBytes(catalogue, bytes);
    }

    [Fact]
    public async Task The_lists_read_from_the_file_are_those_read_from_the_store()
    {
        var (fromStore, _) = await ServeCopy(catalogue =>
        {
            File.Delete(catalogue);
            var build = Path.GetDirectoryName(catalogue)!;
            var manifest = BuildManifest.ReadFrom(build)!;
            (manifest with { Files = [.. manifest.Files!.Where(f => f.Path != CatalogueFile.Name)] }).WriteTo(build);
        });
        using var _ = fromStore;

        foreach (var url in Listings)
            Assert.Equal(await Get(fromStore, url), await Get(site, url));
        Assert.Equal(await Get(fromStore, "/", uiLanguage: "az"), await Get(site, "/", uiLanguage: "az"));
    }

    [Fact]
    public async Task A_catalogue_damaged_at_its_right_size_gives_the_same_pages_from_the_store()
    {
        var (damaged, _) = await ServeCopy(OverwriteSomeRecords);
        using var _ = damaged;

        foreach (var url in Listings)
            Assert.Equal(await Get(site, url), await Get(damaged, url));
    }

    [Theory]
    [InlineData("a byte of the records", 0.2)]
    [InlineData("a byte of the titles", 0.9)]
    [InlineData("a byte of the checksum", 1.0)]
    public async Task A_damaged_catalogue_is_read_from_the_store_with_a_warning(string where, double at)
    {
        var (damaged, build) = await ServeCopy(catalogue =>
        {
            var bytes = File.ReadAllBytes(catalogue);
            bytes[Math.Min(bytes.Length - 1, (int)(bytes.Length * at))] ^= 0x01;
            File.WriteAllBytes(catalogue, bytes);
        });
        damaged.Dispose();
        using var opened = PublishedBuild.Open(build);
        var log = new RecordingLogger<InstrumentCatalogue>();

        var catalogue = InstrumentCatalogue.Of(opened, ReaderAccess.WithoutDraftLegislation, log);

        Assert.Equal(CataloguedInstrument.Of(opened.Store.For(ReaderAccess.WithoutDraftLegislation)).Select(i => Titles(i)),
            catalogue.Instruments.Select(i => Titles(i)));
        var warning = Assert.Single(log.Lines);
        Assert.True(warning.Level == LogLevel.Warning, where);
        Assert.Contains($"The catalogue of build {opened.Manifest.Stamp} is damaged", warning.Message, StringComparison.Ordinal);
    }

    private static string Titles(CataloguedInstrument instrument) =>
        $"{instrument.Slug}: {string.Join(" | ", instrument.Titles.Select(t => $"{t.Key}={t.Value}"))}; {instrument.Versions.Count} versions";
}
