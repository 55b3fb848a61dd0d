using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>How an incremental build takes over the published build's files: linked when no one writes them again, copied
/// when they are written in place, left out when the new build writes them afresh.</summary>
/// <remarks>
/// A published build is never modified (a site may be reading it, and LiteDB gives torn reads of a file another process
/// writes). Lucene writes each segment file once and never again: deletions go to a new <c>.del</c> file of a new generation,
/// a commit to a new <c>segments_N</c>; so segment files are hard-linked (190 MB at national scale, no bytes copied) and only
/// the tiny commit files are copied, so that no commit can ever write through a link. The suggestion files are linked and
/// <see cref="Unshare"/>d before the rare build that writes them again. LiteDB writes its pages in place, so the store files
/// the build writes are copied: <c>kb.db</c> and the provisions' shards of the changed instruments; the other shards, which
/// it only reads, are linked (<see cref="CopyStore"/>).
/// </remarks>
internal static class PublishedFiles
{
    /// <summary>Files every build writes afresh, or must not take over: a side file added here is neither linked nor copied,
    /// and <c>IncrementalBuild.RewriteSideFiles</c> must write it as a full build does.</summary>
    private static readonly HashSet<string> RewrittenPerBuild = new(StringComparer.Ordinal)
    {
        StoreSchema.ManifestFile, ContentInventory.FileName, ShortNames.FileName, CatalogueFile.Name,
        $"{StoreSchema.IndexFolder}/write.lock",
    };

    /// <summary>Files replaced only as a whole, by writing a new file under the same name after <see cref="Unshare"/>.</summary>
    public static readonly IReadOnlyList<string> Suggestions = [SuggestionFile.Name, SuggestionSources.FileName, SuggestionSources.DigestsFileName];

    /// <summary>Links or copies into <paramref name="to"/> every file of the build in <paramref name="from"/> but the store
    /// (<see cref="CopyStore"/>) and the files the new build writes afresh; returns how many bytes were linked.</summary>
    public static long TakeOver(string from, string to)
    {
        long linked = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (RewrittenPerBuild.Contains(relative) || IsStore(relative))
                continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!WrittenOnce(relative))
                File.Copy(file, target);
            else if (HardLink.LinkOrCopy(file, target))
                linked += new FileInfo(target).Length;
        }
        return linked;
    }

    /// <summary>Copies <c>kb.db</c> and the shards of <paramref name="changed"/>, which the new build updates in place, and
    /// links the other shards; returns the shards copied.</summary>
    public static IReadOnlySet<int> CopyStore(string from, string to, IEnumerable<string> changed)
    {
        var database = Path.Combine(from, StoreSchema.DatabaseFile);
        var count = ProvisionShards.CountOf(database);
        var written = changed.Select(slug => ProvisionShards.Of(slug, count)).ToHashSet();
        Directory.CreateDirectory(Path.Combine(to, ProvisionShards.FolderName));
        for (var shard = 0; shard < count; shard++)
            if (!written.Contains(shard))
                HardLink.LinkOrCopy(Path.Combine(from, ProvisionShards.FileName(shard)), Path.Combine(to, ProvisionShards.FileName(shard)));
        foreach (var shard in written)
            File.Copy(Path.Combine(from, ProvisionShards.FileName(shard)), Path.Combine(to, ProvisionShards.FileName(shard)));
        File.Copy(database, Path.Combine(to, StoreSchema.DatabaseFile));
        return written;
    }

    private static bool IsStore(string relative) =>
        relative == StoreSchema.DatabaseFile || relative.StartsWith(ProvisionShards.FolderName + "/", StringComparison.Ordinal);

    /// <summary>Removes the new build's names for files it is about to write again, so that writing never reaches the
    /// published build's file through a link.</summary>
    public static void Unshare(string folder, IEnumerable<string> names)
    {
        foreach (var name in names)
            File.Delete(Path.Combine(folder, name));
    }

    private static bool WrittenOnce(string relative) =>
        relative.StartsWith(StoreSchema.IndexFolder + "/", StringComparison.Ordinal) && !Path.GetFileName(relative).StartsWith("segments", StringComparison.Ordinal)
        || Suggestions.Contains(relative);
}
