using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>On start, serves the published build and rebuilds content/ when no build matches it.</summary>
/// <remarks>
/// With no build at all the site builds before it listens (it has nothing else to serve); with a stale build it serves that
/// one at once and builds in the background, switching when the new build is published. A failed build is logged and
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

        var fingerprint = ContentFingerprint.Compute(options.Content);
        var current = served.CurrentStamp is { } stamp ? BuildManifest.ReadFrom(served.Folders.BuildPath(stamp)) : null;
        if (current?.ContentFingerprint == fingerprint)
            return Task.CompletedTask;

        if (current is null)
        {
            Build(fingerprint);
            return Task.CompletedTask;
        }
        logger.LogInformation("Content changed since build {Stamp}: serving it while a new build runs", current.Stamp);
        _background = Task.Run(() => Build(fingerprint), CancellationToken.None);
        return Task.CompletedTask;
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
