using KnowledgeBase.Core.Catalogue;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Writes what the home and browse pages list (<see cref="CatalogueFile"/>), so that the site does not read
/// every instrument and version from the store for its first home page.</summary>
public static class WriteCatalogue
{
    public static void Run(IEnumerable<CataloguedInstrument> instruments, string buildFolder) =>
        CatalogueFile.Write(instruments, Path.Combine(buildFolder, CatalogueFile.Name));

    /// <summary>For an incremental build: the published build's catalogue with the <paramref name="changed"/> instruments
    /// replaced by those of <paramref name="corpus"/> (an instrument that is gone is dropped).</summary>
    /// <remarks>When the published build has no catalogue (an older build), or a damaged one, none is written: the site then
    /// reads its lists from the store, as it did before catalogues existed, until a full build writes one.</remarks>
    public static void Replace(string previousBuild, string buildFolder, IReadOnlyCollection<string> changed, LinkedCorpus corpus)
    {
        var path = Path.Combine(buildFolder, CatalogueFile.Name);
        if (ReadPrevious(previousBuild) is not { } previous)
        {
            File.Delete(path);
            return;
        }
        var gone = changed.ToHashSet(StringComparer.Ordinal);
        CatalogueFile.Write(previous.Where(i => !gone.Contains(i.Slug)).Concat(corpus.Instruments.Select(CataloguedInstrument.Of)), path);
    }

    private static IReadOnlyList<CataloguedInstrument>? ReadPrevious(string previousBuild)
    {
        try
        {
            return CatalogueFile.Read(Path.Combine(previousBuild, CatalogueFile.Name));
        }
        catch (DamagedCatalogueException)
        {
            return null;
        }
    }
}
