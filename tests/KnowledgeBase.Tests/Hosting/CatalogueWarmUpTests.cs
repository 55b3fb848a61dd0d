using KnowledgeBase.Hosting;
using KnowledgeBase.Site.Browsing;
using KnowledgeBase.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Hosting;

/// <summary>The public site reads what the home and browse pages list ahead of the pages that need it: once it has answered
/// its first request (of any kind), and at once for each build it switches to later.</summary>
public sealed class CatalogueWarmUpTests(BuiltData built) : IClassFixture<BuiltData>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_build_served_at_start_has_its_catalogue_read_after_the_first_answer_before_any_page_needs_it()
    {
        var folders = built.CopyInto(_temp);
        using var site = new SiteFactory().WithWebHostBuilder(host => host.UseSetting("data", Path.GetDirectoryName(folders.AudienceRoot)).UseSetting("build-on-start", "false"));
        var served = site.Services.GetRequiredService<ServedBuild>();

        // A monitor's health check, which reads no catalogue.
        using var health = await site.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(await CatalogueRead(served, built.Older));
    }

    [Fact]
    public async Task A_build_the_site_switches_to_has_its_catalogue_read_too()
    {
        var folders = built.CopyInto(_temp);
        using var site = new SiteFactory().WithWebHostBuilder(host => host.UseSetting("data", Path.GetDirectoryName(folders.AudienceRoot)).UseSetting("build-on-start", "false"));
        var served = site.Services.GetRequiredService<ServedBuild>();
        using var health = await site.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.True(await CatalogueRead(served, built.Older));

        BuiltData.Point(folders, built.Newer);
        served.Refresh();

        Assert.True(await CatalogueRead(served, built.Newer));
    }

    /// <summary>Waits, up to <see cref="Patience"/>, for the build with this stamp to be served with its catalogue read.</summary>
    private static async Task<bool> CatalogueRead(ServedBuild served, string stamp)
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            using (var lease = served.Acquire())
            {
                if (lease.Build.Manifest.Stamp == stamp && InstrumentCatalogue.IsRead(lease.Build.Store))
                    return true;
            }
            await Task.Delay(20);
        }
        return false;
    }
}
