using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Linking;

/// <summary>Every provision of the corpus, looked up by instrument, version, language and number: what citations resolve against.</summary>
public sealed class ProvisionCatalog
{
    private readonly Dictionary<string, ParsedInstrument> _instruments;
    private readonly Dictionary<(string Slug, string Version, string Language), TextIndex> _texts = [];

    public ProvisionCatalog(IEnumerable<ParsedInstrument> instruments)
    {
        _instruments = instruments.ToDictionary(i => i.Instrument.Slug, StringComparer.Ordinal);
        foreach (var version in _instruments.Values.SelectMany(i => i.Versions))
            foreach (var text in version.Texts)
                _texts[(text.Slug, text.Version, text.Language)] = new TextIndex(text);
    }

    public bool HasInstrument(string slug) => _instruments.ContainsKey(slug);

    /// <summary>The version of <paramref name="slug"/> that applies on <paramref name="date"/> (see <see cref="VersionInForce"/>),
    /// among the versions a text of <paramref name="citing"/> visibility may cite.</summary>
    public InstrumentVersion? VersionOn(string slug, DateOnly date, Visibility citing) =>
        _instruments.TryGetValue(slug, out var instrument)
            ? VersionInForce.On(instrument.Versions.Select(v => v.Version).Where(v => MayCite(citing, v)), date)
            : null;

    /// <summary>The version labelled <paramref name="label"/>, when a text of <paramref name="citing"/> visibility may cite it.</summary>
    public InstrumentVersion? Version(string slug, string label, Visibility citing) =>
        _instruments.TryGetValue(slug, out var instrument)
            ? instrument.Versions.Select(v => v.Version).FirstOrDefault(v => v.Label == label && MayCite(citing, v))
            : null;

    private static bool MayCite(Visibility citing, InstrumentVersion cited) =>
        citing == Visibility.Internal || cited.Visibility == Visibility.Public;

    /// <summary>The id of the article numbered <paramref name="num"/> (the first one, when a number repeats).</summary>
    public string? ArticleId(string slug, string version, string language, string num) =>
        _texts.TryGetValue((slug, version, language), out var text) && text.Articles.TryGetValue(num, out var eId) ? eId : null;

    /// <summary>The id of the part numbered <paramref name="fullNum"/> inside an article.</summary>
    public string? PartId(string slug, string version, string language, string articleEId, string fullNum) =>
        _texts.TryGetValue((slug, version, language), out var text) && text.Parts.TryGetValue((articleEId, fullNum), out var eId) ? eId : null;

    public bool Contains(string slug, string version, string language, string eId) =>
        _texts.TryGetValue((slug, version, language), out var text) && text.Ids.Contains(eId);

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
    }
}
