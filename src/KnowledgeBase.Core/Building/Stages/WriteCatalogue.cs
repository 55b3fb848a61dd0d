using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Writes what the home and browse pages list (<see cref="CatalogueFile"/>), so that the site does not read
/// every instrument and version from the store for its first home page.</summary>
public static class WriteCatalogue
{
    public static void Run(IEnumerable<CataloguedInstrument> instruments, string buildFolder) =>
        CatalogueFile.Write(instruments, Path.Combine(buildFolder, CatalogueFile.Name));

    /// <summary>For an incremental build: the published build's catalogue with the <paramref name="changed"/> instruments
    /// replaced by those of <paramref name="corpus"/> (an instrument that is gone is dropped).</summary>
    public static void Replace(string previousBuild, string buildFolder, IReadOnlyCollection<string> changed, LinkedCorpus corpus)
    {
        var gone = changed.ToHashSet(StringComparer.Ordinal);
        CatalogueFile.Write(ReadPrevious(previousBuild).Where(i => !gone.Contains(i.Slug)).Concat(corpus.Instruments.Select(CataloguedInstrument.Of)),
            Path.Combine(buildFolder, CatalogueFile.Name));
    }

    /// <summary>The published build's records: from its catalogue file, or from its store when it has no usable one.</summary>
    /// <remarks>A build written by an older indexer has none, or one of another format; a damaged one is not read. Its
    /// store holds the same records (<see cref="CataloguedInstrument.Of(KnowledgeStore)"/>; about 1 s at national scale), so
    /// the build written here has a sound catalogue again, and the next one reads it.</remarks>
    private static IReadOnlyList<CataloguedInstrument> ReadPrevious(string previousBuild)
    {
        try
        {
            if (CatalogueFile.Read(Path.Combine(previousBuild, CatalogueFile.Name)) is { } written)
                return written;
        }
        catch (DamagedCatalogueException)
        {
        }
        using var store = KnowledgeStore.OpenReadOnly(Path.Combine(previousBuild, StoreSchema.DatabaseFile));
        return CataloguedInstrument.Of(store);
    }
}
