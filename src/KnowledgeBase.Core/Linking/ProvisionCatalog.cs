using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Linking;

/// <summary>Every provision of the corpus, looked up by instrument, version, language and number: what citations resolve against.</summary>
/// <remarks>
/// An incremental build parses only the instruments that changed; the others are looked up on first use, each read as a
/// <see cref="CatalogedInstrument"/> from the published build's store, so that linking one act reads only the acts it cites.
/// </remarks>
public sealed class ProvisionCatalog
{
    private readonly Dictionary<string, IReadOnlyList<InstrumentVersion>?> _instruments;
    private readonly Dictionary<(string Slug, string Version, string Language), TextIndex?> _texts = [];
    private readonly Dictionary<string, Func<string, string, IReadOnlyList<CatalogedProvision>?>> _readers = new(StringComparer.Ordinal);
    private readonly Func<string, CatalogedInstrument?>? _elsewhere;
    private readonly Lock _loading = new();

    public ProvisionCatalog(IEnumerable<ParsedInstrument> instruments, Func<string, CatalogedInstrument?>? elsewhere = null)
    {
        var parsed = instruments.ToList();
        _instruments = parsed.ToDictionary(i => i.Instrument.Slug, i => (IReadOnlyList<InstrumentVersion>?)[.. i.Versions.Select(v => v.Version)], StringComparer.Ordinal);
        foreach (var text in parsed.SelectMany(i => i.Versions).SelectMany(v => v.Texts))
            _texts[(text.Slug, text.Version, text.Language)] = new TextIndex(text);
        _elsewhere = elsewhere;
    }

    public bool HasInstrument(string slug) => Versions(slug) is not null;

    /// <summary>The version of <paramref name="slug"/> that applies on <paramref name="date"/> (see <see cref="VersionInForce"/>),
    /// among the versions a text of <paramref name="citing"/> visibility may cite.</summary>
    public InstrumentVersion? VersionOn(string slug, DateOnly date, Visibility citing) =>
        Versions(slug) is { } versions ? VersionInForce.On(versions.Where(v => MayCite(citing, v)), date) : null;

    /// <summary>The version labelled <paramref name="label"/>, when a text of <paramref name="citing"/> visibility may cite it.</summary>
    public InstrumentVersion? Version(string slug, string label, Visibility citing) =>
        Versions(slug)?.FirstOrDefault(v => v.Label == label && MayCite(citing, v));

    private static bool MayCite(Visibility citing, InstrumentVersion cited) =>
        citing == Visibility.Internal || cited.Visibility == Visibility.Public;

    /// <summary>The versions of <paramref name="slug"/> in date order, loading the instrument from elsewhere on first use; null when there is none.</summary>
    private IReadOnlyList<InstrumentVersion>? Versions(string slug)
    {
        if (_elsewhere is null)
            return _instruments.GetValueOrDefault(slug);
        lock (_loading)
        {
            if (_instruments.TryGetValue(slug, out var known))
                return known;
            var loaded = _elsewhere?.Invoke(slug);
            _instruments[slug] = loaded?.Versions;
            if (loaded?.ReadText is { } reader)
                _readers[slug] = reader;
            foreach (var text in loaded?.Texts ?? [])
                _texts[(slug, text.Version, text.Language)] = new TextIndex(text.Provisions);
            return loaded?.Versions;
        }
    }

    private TextIndex? Text(string slug, string version, string language)
    {
        if (Versions(slug) is null)
            return null;
        if (_elsewhere is null)
            return _texts.GetValueOrDefault((slug, version, language));
        lock (_loading)
        {
            if (_texts.TryGetValue((slug, version, language), out var known) || !_readers.TryGetValue(slug, out var reader))
                return known;
            var read = reader(version, language) is { } provisions ? new TextIndex(provisions) : null;
            _texts[(slug, version, language)] = read;
            return read;
        }
    }

    /// <summary>The id of the article numbered <paramref name="num"/> (the first one, when a number repeats).</summary>
    public string? ArticleId(string slug, string version, string language, string num) =>
        Text(slug, version, language) is { } text && text.Articles.TryGetValue(num, out var eId) ? eId : null;

    /// <summary>The id of the part numbered <paramref name="fullNum"/> inside an article.</summary>
    public string? PartId(string slug, string version, string language, string articleEId, string fullNum) =>
        Text(slug, version, language) is { } text && text.Parts.TryGetValue((articleEId, fullNum), out var eId) ? eId : null;

    public bool Contains(string slug, string version, string language, string eId) =>
        Text(slug, version, language) is { } text && text.Ids.Contains(eId);

    private sealed class TextIndex
    {
        public Dictionary<string, string> Articles { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Article, string Num), string> Parts { get; } = [];

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public TextIndex(VersionText text)
        {
            foreach (var provision in text.AllProvisions())
            {
                Ids.Add(provision.EId);
                if (provision.Kind != ProvisionKind.Article)
                    continue;
                Articles.TryAdd(provision.Num, provision.EId);
                foreach (var part in provision.SelfAndDescendants().Where(p => p.Kind == ProvisionKind.Paragraph))
                    Parts.TryAdd((provision.EId, part.Num), part.EId);
            }
        }

        /// <summary>The same index from a text's provisions in document order with their parents, as a store keeps them.</summary>
        /// <remarks>A part belongs to every article above it, as <see cref="Provision.SelfAndDescendants"/> gives it to each;
        /// document order keeps the first of a repeated number, as the tree walk does.</remarks>
        public TextIndex(IReadOnlyList<CatalogedProvision> provisions)
        {
            var byId = new Dictionary<string, CatalogedProvision>(StringComparer.Ordinal);
            foreach (var provision in provisions)
            {
                Ids.Add(provision.EId);
                byId.TryAdd(provision.EId, provision);
                if (provision.Kind == ProvisionKind.Article)
                    Articles.TryAdd(provision.Num, provision.EId);
                if (provision.Kind != ProvisionKind.Paragraph)
                    continue;
                for (var parent = provision.ParentEId; parent is not null && byId.TryGetValue(parent, out var above); parent = above.ParentEId)
                    if (above.Kind == ProvisionKind.Article)
                        Parts.TryAdd((above.EId, provision.Num), provision.EId);
            }
        }
    }
}
