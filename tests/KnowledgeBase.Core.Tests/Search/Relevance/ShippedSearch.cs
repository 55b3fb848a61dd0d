using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Search.Relevance;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Search.Relevance;

/// <summary>The shipped corpus's public build, made once for the judged queries, and every address a judgment may name.</summary>
public sealed class ShippedSearch : IDisposable
{
    private readonly TempFolder _temp = new();

    public ShippedSearch()
    {
        var options = new BuildOptions(TestPaths.ShippedContent, _temp.Path, Audience.Public);
        if (!BuildPipeline.Run(options).Succeeded)
            throw new InvalidOperationException("The shipped content does not build.");
        Build = PublishedBuild.OpenCurrent(new BuildFolders(_temp.Path, Audience.Public)) ?? throw new InvalidOperationException("No build was published.");
        var (corpus, _) = BuildPipeline.Read(new BuildOptions(TestPaths.ShippedContent, "", Audience.Public));
        Addresses = [.. corpus!.Instruments.SelectMany(i => i.Versions.SelectMany(v => v.Texts.SelectMany(t => t.Provisions))
            .Select(p => HitAddress.Of(i.Instrument.Slug, p.Provision.EId))
            .Append(i.Instrument.Slug))];
    }

    public PublishedBuild Build { get; }

    /// <summary><c>slug#eId</c> of every provision of every version, and every instrument's slug.</summary>
    public HashSet<string> Addresses { get; }

    public void Dispose()
    {
        Build.Dispose();
        _temp.Dispose();
    }
}
