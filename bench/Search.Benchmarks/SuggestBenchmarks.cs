using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Search.Suggesting;

namespace Search.Benchmarks;

/// <summary>One suggestion look-up while typing, over the shipped corpus and the national one, from one letter to three words.</summary>
/// <remarks>The list is made from the corpus as the indexer makes it, written and read back as the site reads it.</remarks>
[MemoryDiagnoser]
public class SuggestBenchmarks
{
    private SuggestionList _list = SuggestionList.Empty;

    [Params("shipped", "national")]
    public string Corpus { get; set; } = "shipped";

    [Params("a", "icaz", "travail", "code du tr", "zzzz")]
    public string Typed { get; set; } = "a";

    [GlobalSetup]
    public void Make()
    {
        var content = Corpus == "shipped" ? DefaultPaths.Content() : "/tmp/lu/content";
        var (corpus, _) = BuildPipeline.Read(new BuildOptions(content, "", Audience.Public));
        var path = Path.Combine(BenchCorpus.WorkFolder, $"suggestions-{Corpus}.bin");
        var made = Stopwatch.StartNew();
        SuggestionFile.Write(SuggestionList.Of(WriteSuggestions.Names(corpus!)), path);
        var written = made.Elapsed;
        var read = Stopwatch.StartNew();
        _list = SuggestionFile.Read(path);
        Console.WriteLine($"// {Corpus}: {_list.Count:N0} names, {new FileInfo(path).Length / 1024:N0} KB; made and written in {written.TotalMilliseconds:N0} ms, read in {read.Elapsed.TotalMilliseconds:N0} ms");
    }

    [Benchmark]
    public int Suggest() => _list.Suggest(Typed, max: 8).Count;
}
