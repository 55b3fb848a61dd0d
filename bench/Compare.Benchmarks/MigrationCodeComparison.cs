using BenchmarkDotNet.Attributes;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace Compare.Benchmarks;

/// <summary>The largest comparison the site serves: the adopted Migration Code against the draft sent to parliament, word diffs of every pair included.</summary>
/// <remarks>The shipped corpus is built once into a temporary folder, and both texts are read from the store before timing starts.</remarks>
[MemoryDiagnoser]
public class MigrationCodeComparison
{
    private string _data = "";
    private IReadOnlyList<StoredProvision> _draft = [];
    private IReadOnlyList<StoredProvision> _adopted = [];

    [GlobalSetup]
    public void BuildTheShippedCorpus()
    {
        _data = Path.Combine(Path.GetTempPath(), "compare-bench-" + Guid.NewGuid().ToString("N"));
        if (!BuildPipeline.Run(new BuildOptions(DefaultPaths.Content(), _data, Audience.Internal)).Succeeded)
            throw new InvalidOperationException("The shipped content does not build.");
        using var build = PublishedBuild.OpenCurrent(new BuildFolders(_data, Audience.Internal))!;
        _draft = build.Store.Provisions("migration-code", "2013-04-parliament-draft", "en");
        _adopted = build.Store.Provisions("migration-code", "2013-07-adopted", "en");
    }

    [GlobalCleanup]
    public void RemoveTheBuild() => Directory.Delete(_data, recursive: true);

    [Benchmark]
    public VersionComparison Align() => ProvisionAligner.Compare(_draft, _adopted);

    /// <summary>What a comparison page needs: the alignment, then the word diff of each pair's own text.</summary>
    [Benchmark]
    public int AlignAndDiffEveryPair()
    {
        var comparison = ProvisionAligner.Compare(_draft, _adopted);
        var from = _draft.ToDictionary(p => p.EId);
        var to = _adopted.ToDictionary(p => p.EId);
        var runs = 0;
        foreach (var change in comparison.Changes)
        {
            var before = change.FromEId is null ? "" : from[change.FromEId].Text;
            var after = change.ToEId is null ? "" : to[change.ToEId].Text;
            runs += WordDiff.Default.Compare(before, after).Runs.Count;
        }
        return runs;
    }
}
