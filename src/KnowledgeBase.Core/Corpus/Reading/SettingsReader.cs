using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Reads <c>content/kb.yml</c>: the languages a corpus adds to the built-in ones, and the limits on its files.</summary>
public static class SettingsReader
{
    public static LanguageCatalog Read(SourceFile? settings, DiagnosticBag diagnostics) => ReadAll(settings, diagnostics).Languages;

    public static CorpusSettings ReadAll(SourceFile? settings, DiagnosticBag diagnostics)
    {
        if (settings is null)
            return new CorpusSettings(LanguageCatalog.BuiltIn, ContentLimits.Default);
        var text = ContentFileReader.Read(settings, diagnostics);
        var map = text is null ? null : YamlFile.LoadMapping(text, settings.Path, 1, diagnostics);
        return new CorpusSettings(ReadLanguages(map, settings, diagnostics), ReadLimits(map, settings, diagnostics));
    }

    private static ContentLimits ReadLimits(YamlMappingNode? map, SourceFile settings, DiagnosticBag diagnostics)
    {
        if (map?.Get("limits") is not { } limits)
            return ContentLimits.Default;
        if (limits is not YamlMappingNode limitMap)
        {
            diagnostics.Error(settings.Path, YamlFile.LineOf(limits, 1), DiagnosticCodes.InvalidValue, "'limits' is a mapping, e.g. 'limits: { max-file-kb: 8192 }'");
            return ContentLimits.Default;
        }
        if (limitMap.Get("max-file-kb") is not { } node)
            return ContentLimits.Default;
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kb) && kb > 0)
            return new ContentLimits(kb);
        diagnostics.Error(settings.Path, YamlFile.LineOf(node, 1), DiagnosticCodes.InvalidValue, "'max-file-kb' is a whole number of KiB greater than 0");
        return ContentLimits.Default;
    }

    private static LanguageCatalog ReadLanguages(YamlMappingNode? map, SourceFile settings, DiagnosticBag diagnostics)
    {
        if (map?.Get("languages") is not { } languages)
            return LanguageCatalog.BuiltIn;
        if (languages is not YamlMappingNode languageMap)
        {
            diagnostics.Error(settings.Path, YamlFile.LineOf(languages, 1), DiagnosticCodes.InvalidValue, "'languages' is a mapping of language code to its structure words");
            return LanguageCatalog.BuiltIn;
        }
        var problems = new List<LanguageProfileReader.Problem>();
        var declared = LanguageProfileReader.ReadAll(languageMap, problems);
        foreach (var problem in problems)
            diagnostics.Error(settings.Path, problem.Line, DiagnosticCodes.InvalidValue, problem.Message);
        return LanguageCatalog.BuiltIn.With(declared);
    }
}
