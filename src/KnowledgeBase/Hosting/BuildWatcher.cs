namespace KnowledgeBase.Hosting;

/// <summary>Switches to a newly published build when <c>CURRENT</c> changes: a file watcher for speed, a poll in case events are lost.</summary>
public sealed class BuildWatcher(ServedBuild served, ILogger<BuildWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(served.Folders.AudienceRoot);
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(served.Folders.AudienceRoot)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite,
            EnableRaisingEvents = true,
        };
        void Signal(object? sender, FileSystemEventArgs e)
        {
            if (string.Equals(e.Name, Core.Storage.BuildFolders.CurrentFileName, StringComparison.Ordinal))
                changed.Release();
        }
        watcher.Created += Signal;
        watcher.Changed += Signal;
        watcher.Renamed += (sender, e) => Signal(sender, e);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                served.Refresh();
            }
            catch (Exception e)
            {
                logger.LogError(e, "Checking for a new build failed");
            }
            try
            {
                await changed.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
