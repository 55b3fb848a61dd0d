namespace KnowledgeBase.Core.Storage;

/// <summary>One file of a build as written: its path inside the build folder (forward slashes) and its size.</summary>
/// <remarks>Sizes, not checksums: comparing them costs one directory listing when a build is opened, and catches what damages
/// builds in practice (a copy cut short, a file deleted or replaced); opening the store and the index catches the rest.</remarks>
public sealed record BuildFile(string Path, long Bytes)
{
    /// <summary>Every file under a build folder except the manifest, in ordinal order.</summary>
    public static IReadOnlyList<BuildFile> List(string buildPath) =>
        [.. Directory.EnumerateFiles(buildPath, "*", SearchOption.AllDirectories)
            .Select(f => new BuildFile(System.IO.Path.GetRelativePath(buildPath, f).Replace('\\', '/'), new FileInfo(f).Length))
            .Where(f => f.Path != StoreSchema.ManifestFile)
            .OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Why the files in <paramref name="buildPath"/> are not those the manifest lists, or null when they are.</summary>
    public static string? Mismatch(string buildPath, IReadOnlyList<BuildFile>? expected)
    {
        if (expected is null || expected.Count == 0)
            return $"its {StoreSchema.ManifestFile} lists no files (written by an older indexer, or damaged)";
        foreach (var file in expected)
        {
            var info = new FileInfo(System.IO.Path.Combine(buildPath, file.Path));
            if (!info.Exists)
                return $"{file.Path} is missing";
            if (info.Length != file.Bytes)
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{file.Path} has {info.Length:N0} bytes, {file.Bytes:N0} when it was built");
        }
        return null;
    }
}
