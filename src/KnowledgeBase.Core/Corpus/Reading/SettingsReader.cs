using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Reads <c>content/kb.yml</c>: the languages a corpus adds to the built-in ones.</summary>
public static class SettingsReader
{
    public static LanguageCatalog Read(SourceFile? settings, DiagnosticBag diagnostics)
    {
        if (settings is null)
            return LanguageCatalog.BuiltIn;
        var text = ContentFileReader.Read(settings, diagnostics);
        var map = text is null ? null : YamlFile.LoadMapping(text, settings.Path, 1, diagnostics);
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
