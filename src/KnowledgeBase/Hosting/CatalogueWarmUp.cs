using KnowledgeBase.Access;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Site.Browsing;

namespace KnowledgeBase.Hosting;

/// <summary>Reads the public build's catalogue (what the home and browse pages list) in the background as soon as the site
/// switches to the build, so that the first reader of the home page does not wait for it.</summary>
/// <remarks>
/// At national scale the catalogue is every instrument and version of the store, about 0.9 s of CPU. Registered before
/// <see cref="StartupBuild"/>, so it hears the switch to the build served at start. Only the public audience is warmed: its
/// readers all see the same store; an internal site reads each reader access's catalogue on its first page, as before.
/// A page asking meanwhile waits for the same read (<see cref="InstrumentCatalogue.Of"/> reads once).
/// </remarks>
public sealed class CatalogueWarmUp(ServedBuild served, SiteOptions options, ILogger<CatalogueWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Audience == Audience.Public)
            served.Switched += Warm;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        served.Switched -= Warm;
        return Task.CompletedTask;
    }

    private void Warm(string stamp) => _ = Task.Run(() =>
    {
        try
        {
            using var lease = served.Acquire();
            if (lease.Build.Manifest.Stamp != stamp)
                return;   // already switched again: the next switch warms its own build
            InstrumentCatalogue.Of(lease.Build.Store.For(Readers.AccessOf(null, options.Audience)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing is lost: the first page that needs the catalogue reads it (and reports what fails).
            logger.LogWarning(e, "Could not read the catalogue of build {Stamp} ahead of its readers", stamp);
        }
    });
}
