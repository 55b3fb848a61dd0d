using KnowledgeBase.Access;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Site.Browsing;

namespace KnowledgeBase.Hosting;

/// <summary>Reads the public build's catalogue (what the home and browse pages list) in the background when the site
/// switches to a build, so that readers of the home page do not wait for it.</summary>
/// <remarks>
/// At national scale the catalogue is every instrument and version of the store, about 0.9 s of CPU. At start the read waits
/// until the site has answered its first request, whatever it asked: on a busy 2-core machine a read started at once
/// delayed a first provision page by seconds. Registered before <see cref="StartupBuild"/>, so it hears the switch to the
/// build served at start. Only the public audience is warmed: its readers all see the same store; an internal site reads
/// each reader access's catalogue on its first page, as before. A page asking meanwhile waits for the same read
/// (<see cref="InstrumentCatalogue.Of"/> reads once).
/// </remarks>
public sealed class CatalogueWarmUp(ServedBuild served, SiteOptions options, ILogger<CatalogueWarmUp> logger) : IHostedService
{
    private readonly TaskCompletionSource _firstAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Called after each answer (see <see cref="AnswerSignal"/>); only the first one matters.</summary>
    public void Answered()
    {
        if (!_firstAnswer.Task.IsCompleted)
            _firstAnswer.TrySetResult();
    }

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

    private void Warm(string stamp) => _ = Task.Run(async () =>
    {
        await _firstAnswer.Task;
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

/// <summary>Tells <see cref="CatalogueWarmUp"/> when the site has answered a request: added at the start of the pipeline.</summary>
internal sealed class AnswerSignal(CatalogueWarmUp warmUp) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            await nextMiddleware(context);
            warmUp.Answered();
        });
        next(app);
    };
}
