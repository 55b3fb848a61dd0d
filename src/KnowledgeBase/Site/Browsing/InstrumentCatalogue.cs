using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Browsing;

/// <summary>What the home and browse pages list, made once per build and reader access: the instruments by kind and year,
/// and the latest versions.</summary>
/// <remarks>
/// Read from the build's <see cref="CatalogueFile"/>, written by the indexer: a few milliseconds at national scale, where
/// reading the 20,000 instruments and versions from the store cost 0.9 s of CPU and made the first home page after a start
/// answer in 1.5 s. A build without the file (written by an older indexer) is still served: its lists are read from the
/// store as before, and so is a build whose file is damaged (<see cref="DamagedCatalogueException"/>), with a warning in the
/// log. The file holds everything of its build; what a reader may not see is left out here, by the store's rule
/// (<see cref="CataloguedInstrument.SeenBy"/>). A public build holds nothing internal in the first place. The API's list of
/// instruments and the feed read it too: at national scale they read 19,775 instruments and 19,868 versions from the store.
/// </remarks>
public sealed class InstrumentCatalogue
{
    private const int LatestKept = 20;

    private static readonly ConditionalWeakTable<PublishedBuild, BuildCatalogues> Catalogues = [];

    private readonly Dictionary<string, IReadOnlyList<CatalogueEntry>> _byKind;
    private readonly Dictionary<string, CataloguedInstrument> _instruments;

    /// <param name="instruments">Only instruments with a version the reader may see, each with only those versions, by slug.</param>
    private InstrumentCatalogue(IReadOnlyList<CataloguedInstrument> instruments)
    {
        Instruments = instruments;
        _instruments = instruments.ToDictionary(i => i.Slug, StringComparer.Ordinal);
        var entries = new List<CatalogueEntry>(instruments.Count);
        foreach (var instrument in instruments.Where(i => i.Versions.Count > 0))
        {
            var newest = instrument.Versions[^1];
            entries.Add(new CatalogueEntry(instrument, instrument.Versions[0].Date, newest.Label, newest.Date, newest.Status));
        }
        _byKind = entries.GroupBy(e => e.Instrument.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CatalogueEntry>)[.. g], StringComparer.Ordinal);
        Latest = [.. instruments.SelectMany(i => i.Versions)
            .OrderByDescending(v => v.Date, StringComparer.Ordinal).ThenBy(v => v.Slug, StringComparer.Ordinal).Take(LatestKept)];
        Kinds = [.. _byKind.Keys.OrderBy(Words.KindRank).ThenBy(k => k, StringComparer.Ordinal)];
    }

    /// <summary>The catalogue of what one reader access sees of a build.</summary>
    /// <remarks>Made once even when the first requests after a switch of build come together: the tables may call their
    /// factories more than once, but only one <see cref="Lazy{T}"/> of each is kept, and it reads once.</remarks>
    /// <param name="logger">Told when the build's file is damaged (once per build).</param>
    public static InstrumentCatalogue Of(PublishedBuild build, ReaderAccess access, ILogger? logger = null) =>
        Catalogues.GetValue(build, b => new BuildCatalogues(b, logger)).For(access);

    /// <summary>Every instrument with a version the reader may see, each with only those versions, by slug (ordinal).</summary>
    public IReadOnlyList<CataloguedInstrument> Instruments { get; }

    /// <summary>The kinds present, the most authoritative first (<see cref="Words.KindOrder"/>).</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The newest versions of all instruments, newest first (the first <c>20</c>).</summary>
    public IReadOnlyList<CataloguedVersion> Latest { get; }

    public CataloguedInstrument? Instrument(string slug) => _instruments.GetValueOrDefault(slug);

    /// <summary>The instruments of one kind, in no promised order; empty for a kind the build does not hold.</summary>
    public IReadOnlyList<CatalogueEntry> OfKind(string kind) => _byKind.GetValueOrDefault(kind) ?? [];

    public int Count(string kind) => OfKind(kind).Count;

    /// <summary>The years instruments of one kind are filed under, the newest first, with how many each holds.</summary>
    public IReadOnlyList<(int Year, int Count)> Years(string kind) =>
        [.. OfKind(kind).GroupBy(e => e.Year).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count()))];

    /// <summary>One build's catalogue file, read once, and the catalogue of each reader access made from it.</summary>
    private sealed class BuildCatalogues(PublishedBuild build, ILogger? logger)
    {
        private readonly Lazy<IReadOnlyList<CataloguedInstrument>?> _file = new(() => ReadFile(build, logger));
        private readonly ConcurrentDictionary<ReaderAccess, Lazy<InstrumentCatalogue>> _byAccess = new();

        public InstrumentCatalogue For(ReaderAccess access) =>
            _byAccess.GetOrAdd(access, a => new Lazy<InstrumentCatalogue>(() => new InstrumentCatalogue(Read(a)))).Value;

        private IReadOnlyList<CataloguedInstrument> Read(ReaderAccess access) =>
            _file.Value is { } written
                ? [.. written.Select(i => i.SeenBy(access)).OfType<CataloguedInstrument>()]
                : CataloguedInstrument.Of(build.Store.For(access));

        private static IReadOnlyList<CataloguedInstrument>? ReadFile(PublishedBuild build, ILogger? logger)
        {
            try
            {
                return build.ReadSideFile(CatalogueFile.Name) is { } file ? CatalogueFile.Read(file) : null;
            }
            catch (DamagedCatalogueException e)
            {
                // The pages stay right, read from the store (about 1 s at national scale, once per build); the next build
                // writes a sound file.
                logger?.LogWarning(e, "The catalogue of build {Stamp} is damaged; its lists are read from the store instead: {Reason}",
                    build.Manifest.Stamp, e.Message);
                return null;
            }
        }
    }
}
