namespace KnowledgeBase.Core.Building;

/// <summary>The repository's <c>content/</c> and <c>data/</c>, found from wherever a program was started.</summary>
/// <remarks>
/// <c>dotnet run --project src/KnowledgeBase</c> may start the site in the project folder or the repository root; looking upward
/// for <c>KnowledgeBase.sln</c>, first from the working directory and then from the program's own folder, finds the same
/// repository either way.
/// </remarks>
public static class DefaultPaths
{
    public const string MarkerFile = "KnowledgeBase.sln";

    public static string RepositoryRoot() =>
        FindUpward(Directory.GetCurrentDirectory()) ?? FindUpward(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();

    public static string Content() => Path.Combine(RepositoryRoot(), "content");

    public static string Data() => Path.Combine(RepositoryRoot(), "data");

    private static string? FindUpward(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, MarkerFile)))
                return folder.FullName;
        return null;
    }
}
