using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;

namespace Search.Benchmarks;

/// <summary>A published build opened for searching, with its FTS5 twin and the fixed queries asked of both.</summary>
public sealed class BenchCorpus : IDisposable
{
    /// <summary>Where builds and FTS5 tables are kept between runs; <c>KB_BENCH_DATA</c> overrides.</summary>
    public static string WorkFolder => Environment.GetEnvironmentVariable("KB_BENCH_DATA") ?? "/tmp/search-measure";

    /// <summary>The national corpus's data folder (a public build of /tmp/lu/content); <c>KB_NATIONAL_DATA</c> overrides.</summary>
    public static string NationalData => Environment.GetEnvironmentVariable("KB_NATIONAL_DATA") ?? Path.Combine(WorkFolder, "data");

    private BenchCorpus(string name, PublishedBuild build, IReadOnlyList<BenchQuery> queries)
    {
        Name = name;
        Build = build;
        Queries = queries;
        Fts5 = Fts5Index.For(build.Path, Path.Combine(WorkFolder, "fts5"));
    }

    public string Name { get; }

    public PublishedBuild Build { get; }

    public Fts5Index Fts5 { get; }

    public IReadOnlyList<BenchQuery> Queries { get; }

    /// <summary><c>shipped</c>: content/ built afresh (public); <c>national</c>: the build already published in <see cref="NationalData"/>.</summary>
    public static BenchCorpus Open(string name) => name switch
    {
        "shipped" => new(name, BuildShipped(), ShippedQueries.All),
        "national" => new(name, OpenPublished(NationalData), NationalQueries.All),
        _ => throw new ArgumentException($"unknown corpus '{name}': shipped or national", nameof(name)),
    };

    public void Dispose()
    {
        Fts5.Dispose();
        Build.Dispose();
    }

    private static PublishedBuild BuildShipped()
    {
        var data = Path.Combine(WorkFolder, "shipped-data");
        var result = BuildPipeline.Run(new BuildOptions(DefaultPaths.Content(), data, Audience.Public));
        if (!result.Succeeded)
            throw new InvalidOperationException("content/ does not build");
        return OpenPublished(data);
    }

    private static PublishedBuild OpenPublished(string data) =>
        PublishedBuild.OpenCurrent(new BuildFolders(data, Audience.Public))
        ?? throw new InvalidOperationException($"no public build in {data}: run `dotnet run --project src/Indexer -c Release -- build --content /tmp/lu/content --data {data}`");
}
