using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

/// <summary>The shipped corpus built once into a temporary store, for comparisons over the real Migration Code.</summary>
public sealed class ShippedMigrationCode : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly PublishedBuild _build;

    public ShippedMigrationCode()
    {
        var options = new BuildOptions(TestPaths.ShippedContent, _temp.Path, Audience.Internal);
        if (!BuildPipeline.Run(options).Succeeded)
            throw new InvalidOperationException("The shipped content does not build.");
        _build = PublishedBuild.OpenCurrent(new BuildFolders(_temp.Path, Audience.Internal)) ?? throw new InvalidOperationException("No build was published.");
    }

    public IReadOnlyList<StoredProvision> Text(string version, string language = "en") =>
        _build.Store.Provisions("migration-code", version, language);

    public void Dispose()
    {
        _build.Dispose();
        _temp.Dispose();
    }
}
