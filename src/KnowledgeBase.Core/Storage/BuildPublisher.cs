namespace KnowledgeBase.Core.Storage;

/// <summary>Publishes a complete build by renaming the <c>CURRENT</c> pointer, then prunes builds older than the previous one.</summary>
/// <remarks>
/// rename(2) replaces the pointer atomically: a reader sees the old build or the new one, never a half-written file. Pruning
/// keeps the previous build because a site may still be serving it; on Linux, files a reader already holds open survive deletion.
/// </remarks>
public static class BuildPublisher
{
    /// <summary>Moves the partial folder into place and points <c>CURRENT</c> at it; returns the stamp it replaced.</summary>
    public static string? Publish(BuildFolders folders, string stamp)
    {
        var previous = folders.ReadCurrentStamp();
        Directory.Move(folders.PartialPath(stamp), folders.BuildPath(stamp));
        var pointer = Path.Combine(folders.AudienceRoot, $".{BuildFolders.CurrentFileName}.{stamp}.tmp");
        File.WriteAllText(pointer, stamp + "\n");
        File.Move(pointer, folders.CurrentFile, overwrite: true);
        Prune(folders, keep: [stamp, previous]);
        return previous;
    }

    /// <summary>Removes published builds other than those kept, and partial builds abandoned more than an hour ago.</summary>
    public static void Prune(BuildFolders folders, IReadOnlyCollection<string?> keep)
    {
        foreach (var folder in Directory.EnumerateDirectories(folders.BuildsRoot))
        {
            var name = Path.GetFileName(folder);
            var abandoned = name.StartsWith('.') && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1);
            var superseded = !name.StartsWith('.') && !keep.Contains(name);
            if (abandoned || superseded)
                TryDelete(folder);
        }
    }

    /// <summary>Removes a build folder that will not be published (a failed or checked-only build).</summary>
    public static void Discard(string folder) => TryDelete(folder);

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process may be pruning the same folder; what is left is pruned next time.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
