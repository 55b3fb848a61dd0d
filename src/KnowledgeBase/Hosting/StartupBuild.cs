using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>On start, serves the published build and rebuilds content/ when no build matches it.</summary>
/// <remarks>
/// With no build at all the site builds before it listens (it has nothing else to serve); with a published build it serves
/// that one at once and checks the content in the background, building and switching when the build is stale. A failed build is logged and
/// publishes nothing, so the site keeps serving what it had.
/// </remarks>
public sealed class StartupBuild(SiteOptions options, ServedBuild served, ILogger<StartupBuild> logger) : IHostedService
{
    private Task _background = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        served.Refresh();
        if (!options.BuildOnStart || !Directory.Exists(options.Content))
            return Task.CompletedTask;

        if (served.CurrentStamp is not { } stamp)
        {
            Build(ContentFingerprint.Compute(options.Content));
            return Task.CompletedTask;
        }
        // Fingerprinting walks the content and reads the files whose size or time moved since the build (all 250 MB of a
        // country's legislation when the build keeps no inventory): the published build is served meanwhile, so the site
        // answers at once, and a stale one is replaced when the new build is published.
        _background = Task.Run(() => RebuildIfStale(stamp), CancellationToken.None);
        return Task.CompletedTask;
    }

    private void RebuildIfStale(string stamp)
    {
        try
        {
            var fingerprint = ContentFingerprint.Compute(options.Content, served.Folders.BuildPath(stamp));
            if (BuildManifest.ReadFrom(served.Folders.BuildPath(stamp))?.ContentFingerprint == fingerprint)
                return;
            logger.LogInformation("Content changed since build {Stamp}: serving it while a new build runs", stamp);
            Build(fingerprint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Checking {Content} against build {Stamp} failed; still serving it", options.Content, stamp);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => _background.WaitAsync(cancellationToken);

    /// <param name="fingerprint">The content's fingerprint just computed, handed on so the build does not read the content again.</param>
    private void Build(string fingerprint)
    {
        logger.LogInformation("Building {Content} for the {Audience} audience", options.Content, options.Audience);
        try
        {
            var result = BuildPipeline.Run(new BuildOptions(options.Content, options.Data, options.Audience, ContentFingerprint: fingerprint));
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Severity == Core.Diagnostics.Severity.Error)
                    logger.LogError("{Diagnostic}", diagnostic.ToString());
                else
                    logger.LogWarning("{Diagnostic}", diagnostic.ToString());
            }
            if (result.Succeeded)
                logger.LogInformation("Published build {Stamp} in {Seconds:0.0} s", result.PublishedStamp, result.Summary.Elapsed.TotalSeconds);
            else
                logger.LogError("The build failed with {Errors} errors; nothing was published", result.Summary.Errors);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The build failed; nothing was published");
        }
        served.Refresh();
    }
}
