using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Relevance;
using KnowledgeBase.Core.Storage;

namespace Search.Relevance;

/// <summary>
/// Builds content/ afresh into a temporary folder, runs the judged queries against its index as the search page does,
/// and prints MRR, nDCG@10 and recall@10 overall and per language, then every miss. Exits 1 when a figure is below the
/// floor written in the judged file, 2 on bad usage or a failed build.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: dotnet run -c Release --project bench/Search.Relevance -- [--content DIR] [--judged FILE] [--version all|LABEL] [--no-misses]

          --content DIR   the corpus to build (default: the repository's content/)
          --judged FILE   the judged queries (default: tests/KnowledgeBase.Core.Tests/Search/Relevance/judged-queries.yml)
          --version V     search every version (all) or one label instead of the newest versions, the search page's default
          --no-misses     print the figures only
        """;

    public static int Main(string[] args)
    {
        var content = DefaultPaths.Content();
        var judgedPath = Path.Combine(DefaultPaths.RepositoryRoot(), "tests", "KnowledgeBase.Core.Tests", "Search", "Relevance", "judged-queries.yml");
        string? version = null;
        var misses = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--content" when i + 1 < args.Length: content = Path.GetFullPath(args[++i]); break;
                case "--judged" when i + 1 < args.Length: judgedPath = Path.GetFullPath(args[++i]); break;
                case "--version" when i + 1 < args.Length: version = args[++i]; break;
                case "--no-misses": misses = false; break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        var judged = JudgedQuerySet.Load(judgedPath);
        var data = Path.Combine(Path.GetTempPath(), "kb-relevance", Guid.NewGuid().ToString("N"));
        try
        {
            var result = BuildPipeline.Run(new BuildOptions(content, data, Audience.Public));
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"the content in {content} does not build");
                return 2;
            }
            using var build = PublishedBuild.OpenCurrent(new BuildFolders(data, Audience.Public))!;
            var report = RelevanceEvaluator.Evaluate(build.Search, judged, new SearchRequest("", Version: version));
            Console.WriteLine($"{judged.Queries.Count} judged queries from {Path.GetRelativePath(Environment.CurrentDirectory, judgedPath)}, " +
                $"{(version is null ? "newest versions" : $"version {version}")}, public build of {content}");
            report.WriteTo(Console.Out, misses);
            var shortfalls = report.Overall.ShortOf(judged.Floor);
            Console.WriteLine();
            Console.WriteLine(shortfalls.Count == 0 ? $"at or above the floor ({judged.Floor})" : "BELOW THE FLOOR: " + string.Join("; ", shortfalls));
            return shortfalls.Count == 0 ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(data))
                Directory.Delete(data, recursive: true);
        }
    }
}
