using System.Collections.Frozen;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>The languages a corpus may be written in: the built-in ones (en, az, ru) plus those <c>content/kb.yml</c> declares.</summary>
public sealed class LanguageCatalog
{
    private readonly FrozenDictionary<string, LanguageProfile> _profiles;

    private LanguageCatalog(IDictionary<string, LanguageProfile> profiles) =>
        _profiles = profiles.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>English, Azerbaijani and Russian, as shipped with the code.</summary>
    public static LanguageCatalog BuiltIn { get; } = new(ReadBuiltIn());

    public IEnumerable<LanguageProfile> All => _profiles.Values.OrderBy(p => p.Code, StringComparer.Ordinal);

    public bool TryGet(string code, out LanguageProfile profile) => _profiles.TryGetValue(code, out profile!);

    public LanguageProfile this[string code] => _profiles[code];

    /// <summary>The built-in languages with those of a <c>languages:</c> mapping laid over them (a language given again replaces the built-in one).</summary>
    public LanguageCatalog With(IEnumerable<LanguageProfile> declared)
    {
        var merged = new Dictionary<string, LanguageProfile>(_profiles, StringComparer.Ordinal);
        foreach (var profile in declared)
            merged[profile.Code] = profile;
        return new LanguageCatalog(merged);
    }

    private static Dictionary<string, LanguageProfile> ReadBuiltIn()
    {
        using var stream = typeof(LanguageCatalog).Assembly.GetManifestResourceStream("builtin-languages.yml")
            ?? throw new InvalidOperationException("The built-in language data is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var languages = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["languages"];
        return LanguageProfileReader.ReadAll(languages, problems: null).ToDictionary(p => p.Code, StringComparer.Ordinal);
    }
}
