namespace KnowledgeBase.Core.Storage;

/// <summary>Publishes a complete build by renaming the <c>CURRENT</c> pointer, then prunes builds older than the previous one.</summary>
/// <remarks>
/// rename(2) replaces the pointer atomically: a reader sees the old build or the new one, never a half-written file. Pruning
/// keeps the previous build because a site may still be serving it; on Linux, files a reader already holds open survive deletion,
/// and renaming. A build published with <c>deferDeletion</c> only moves the superseded builds out of the builds folder (one
/// rename each: they are gone for every reader at once, as if deleted) into <c>.pruned/</c>, whose files the next build
/// deletes while it works (<see cref="DeletePruned"/>): deleting a build's unshared files (its copy of <c>kb.db</c>, a shard,
/// new index segments: ~150 MB at national scale) took 15–150 ms of a one-act edit.
/// </remarks>
public static class BuildPublisher
{
    /// <summary>Where superseded builds wait for deletion: in the audience's folder, outside <c>builds/</c>.</summary>
    public static string PrunedRoot(BuildFolders folders) => Path.Combine(folders.AudienceRoot, ".pruned");

    /// <summary>Moves the partial folder into place and points <c>CURRENT</c> at it; returns the stamp it replaced.</summary>
    public static string? Publish(BuildFolders folders, string stamp, bool deferDeletion = false)
    {
        var previous = folders.ReadCurrentStamp();
        Directory.Move(folders.PartialPath(stamp), folders.BuildPath(stamp));
        var pointer = Path.Combine(folders.AudienceRoot, $".{BuildFolders.CurrentFileName}.{stamp}.tmp");
        File.WriteAllText(pointer, stamp + "\n");
        File.Move(pointer, folders.CurrentFile, overwrite: true);
        Prune(folders, keep: [stamp, previous], deferDeletion);
        return previous;
    }

    /// <summary>Removes published builds other than those kept, and partial builds abandoned more than an hour ago; with
    /// <paramref name="deferDeletion"/>, moves the published ones into <see cref="PrunedRoot"/> instead of deleting them.</summary>
    public static void Prune(BuildFolders folders, IReadOnlyCollection<string?> keep, bool deferDeletion = false)
    {
        foreach (var folder in Directory.EnumerateDirectories(folders.BuildsRoot))
        {
            var name = Path.GetFileName(folder);
            var abandoned = name.StartsWith('.') && Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1);
            var superseded = !name.StartsWith('.') && !keep.Contains(name);
            if (superseded && deferDeletion)
                TryMoveAside(folders, folder);
            else if (abandoned || superseded)
                TryDelete(folder);
        }
        if (!deferDeletion)
            DeletePruned(folders);
    }

    /// <summary>Deletes the builds <see cref="Prune"/> moved aside, which no reader can find any more.</summary>
    public static void DeletePruned(BuildFolders folders)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(PrunedRoot(folders)))
                TryDelete(folder);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was moved aside yet.
        }
    }

    /// <summary>Removes a build folder that will not be published (a failed or checked-only build).</summary>
    public static void Discard(string folder) => TryDelete(folder);

    private static void TryMoveAside(BuildFolders folders, string folder)
    {
        try
        {
            Directory.CreateDirectory(PrunedRoot(folders));
            Directory.Move(folder, Path.Combine(PrunedRoot(folders), Path.GetFileName(folder)));
        }
        catch (IOException)
        {
            // Another process may be pruning the same folder, or it is already there; the next build deletes what is left.
            TryDelete(folder);
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

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
