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
/// <see cref="Unshare"/>d before the rare build that writes them again. The store is copied: LiteDB writes its pages in place.
/// </remarks>
internal static class PublishedFiles
{
    /// <summary>Files the new build writes afresh, or must not take over.</summary>
    private static readonly HashSet<string> LeftOut = new(StringComparer.Ordinal)
    {
        StoreSchema.ManifestFile, ContentInventory.FileName, ShortNames.FileName, StoreSchema.DatabaseFile,
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
            if (LeftOut.Contains(relative))
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

    /// <summary>Copies the store, which the new build then updates in place.</summary>
    public static void CopyStore(string from, string to) =>
        File.Copy(Path.Combine(from, StoreSchema.DatabaseFile), Path.Combine(to, StoreSchema.DatabaseFile));

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
