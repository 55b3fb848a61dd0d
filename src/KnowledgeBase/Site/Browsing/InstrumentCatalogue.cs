using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Browsing;

/// <summary>What the home and browse pages list, computed once per build and reader access: the instruments by kind and year, and the latest versions.</summary>
/// <remarks>
/// A national build holds about 20,000 instruments and versions; reading them all for every home page cost 1.5–2 s per render.
/// The store view a reader gets (<see cref="KnowledgeStore.For"/>) is one instance per access for the build's life, so the
/// catalogue is kept beside it and dropped with it.
/// </remarks>
public sealed class InstrumentCatalogue
{
    private const int LatestKept = 20;

    private static readonly ConditionalWeakTable<KnowledgeStore, Lazy<InstrumentCatalogue>> Catalogues = [];

    private readonly Dictionary<string, IReadOnlyList<CatalogueEntry>> _byKind;
    private readonly Dictionary<string, StoredInstrument> _instruments;

    private InstrumentCatalogue(KnowledgeStore store)
    {
        _instruments = store.Instruments().ToDictionary(i => i.Id, StringComparer.Ordinal);
        var versions = store.AllVersions();
        var entries = new List<CatalogueEntry>(_instruments.Count);
        // AllVersions comes by instrument, then date: each run of one slug starts with its first version and ends with its newest.
        for (var start = 0; start < versions.Count;)
        {
            var end = start;
            while (end + 1 < versions.Count && versions[end + 1].Slug == versions[start].Slug)
                end++;
            if (_instruments.TryGetValue(versions[start].Slug, out var instrument))
            {
                var newest = versions[end];
                entries.Add(new CatalogueEntry(instrument, versions[start].Date, newest.Label, newest.Date, newest.Status));
            }
            start = end + 1;
        }
        _byKind = entries.GroupBy(e => e.Instrument.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CatalogueEntry>)[.. g], StringComparer.Ordinal);
        Latest = [.. versions.OrderByDescending(v => v.Date, StringComparer.Ordinal).ThenBy(v => v.Slug, StringComparer.Ordinal).Take(LatestKept)];
        Kinds = [.. _byKind.Keys.OrderBy(Words.KindRank).ThenBy(k => k, StringComparer.Ordinal)];
    }

    /// <summary>The catalogue of what this store view shows.</summary>
    /// <remarks>Read once even when the first requests after a switch of build come together: the table may call its factory
    /// more than once, but only one <see cref="Lazy{T}"/> is kept, and it reads the store once.</remarks>
    public static InstrumentCatalogue Of(KnowledgeStore store) =>
        Catalogues.GetValue(store, s => new Lazy<InstrumentCatalogue>(() => new InstrumentCatalogue(s))).Value;

    /// <summary>Whether this store view's catalogue has been read already (the site reads it ahead of the first reader).</summary>
    public static bool IsRead(KnowledgeStore store) => Catalogues.TryGetValue(store, out var catalogue) && catalogue.IsValueCreated;

    /// <summary>The kinds present, the most authoritative first (<see cref="Words.KindOrder"/>).</summary>
    public IReadOnlyList<string> Kinds { get; }

    /// <summary>The newest versions of all instruments, newest first (the first <c>20</c>).</summary>
    public IReadOnlyList<StoredVersion> Latest { get; }

    public StoredInstrument? Instrument(string slug) => _instruments.GetValueOrDefault(slug);

    /// <summary>The instruments of one kind, in no promised order; empty for a kind the build does not hold.</summary>
    public IReadOnlyList<CatalogueEntry> OfKind(string kind) => _byKind.GetValueOrDefault(kind) ?? [];

    public int Count(string kind) => OfKind(kind).Count;

    /// <summary>The years instruments of one kind are filed under, the newest first, with how many each holds.</summary>
    public IReadOnlyList<(int Year, int Count)> Years(string kind) =>
        [.. OfKind(kind).GroupBy(e => e.Year).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count()))];
}
