namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>How messages name files: relative to the folder that holds the content folder, e.g. <c>content/migration-code/2013-07-adopted.en.md</c>.</summary>
/// <remarks>Run from the repository root, that is the path an editor opens; it is also the same on every machine, which tests rely on.</remarks>
public static class ContentPaths
{
    public static string Relative(string contentRoot, string fullPath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
        return Path.GetRelativePath(Path.GetDirectoryName(root) ?? root, fullPath).Replace('\\', '/');
    }
}
