using System.Buffers;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>Reads the <c>synonyms:</c> mapping of <c>content/kb.yml</c>: per language, groups of phrases that mean the same.</summary>
/// <example>
/// <code>
/// synonyms:
///   en:
///     - [residence permit, residence card, temporary residence permit]
///     - [expulsion, deportation, removal]
///   az:
///     - [icazə vəsiqəsi, yaşamaq üçün icazə]
/// </code>
/// </example>
/// <remarks>Every mistake is a KB003 at its line, and the group it is in is left out; the other groups still apply.</remarks>
public static class SynonymReader
{
    /// <summary>Characters that are search syntax: a phrase holding one could not be searched as written.</summary>
    private const string Syntax = "\"*?~^:\\()[]{}";

    private static readonly SearchValues<char> SyntaxCharacters = SearchValues.Create(Syntax);

    public static IReadOnlyList<SynonymGroup> Read(SourceFile? settings, LanguageCatalog languages, DiagnosticBag diagnostics)
    {
        if (settings is null)
            return [];
        var text = ContentFileReader.Read(settings, new DiagnosticBag());
        var map = text is null ? null : YamlFile.LoadMapping(text, settings.Path, 1, new DiagnosticBag());
        if (map?.Get("synonyms") is not { } synonyms)
            return [];
        var groups = new List<SynonymGroup>();
        void Error(YamlNode node, string message) => diagnostics.Error(settings.Path, YamlFile.LineOf(node, 1), DiagnosticCodes.InvalidValue, message);

        if (synonyms is not YamlMappingNode byLanguage)
        {
            Error(synonyms, "'synonyms' is a mapping of language code to a list of synonym groups");
            return [];
        }
        foreach (var (keyNode, valueNode) in byLanguage.Children)
        {
            var language = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!languages.TryGet(language, out _))
            {
                Error(keyNode, $"synonyms for '{language}', which is not a language of the corpus");
                continue;
            }
            if (valueNode is not YamlSequenceNode list)
            {
                Error(valueNode, $"the synonyms of '{language}' are a list of groups, each a list of phrases: - [stay, sojourn]");
                continue;
            }
            foreach (var groupNode in list.Children)
                if (ReadGroup(language, groupNode, Error) is { } group)
                    groups.Add(group);
        }
        return groups;
    }

    private static SynonymGroup? ReadGroup(string language, YamlNode node, Action<YamlNode, string> error)
    {
        if (node is not YamlSequenceNode phrases)
        {
            error(node, "a synonym group is a list of two or more phrases: [stay, sojourn]");
            return null;
        }
        var read = new List<string>();
        var valid = true;
        foreach (var phraseNode in phrases.Children)
        {
            var phrase = (phraseNode as YamlScalarNode)?.Value?.Trim();
            if (string.IsNullOrEmpty(phrase))
            {
                error(phraseNode, "a synonym is a word or phrase, not empty and not a list");
                valid = false;
            }
            else if (phrase.AsSpan().IndexOfAny(SyntaxCharacters) >= 0)
            {
                error(phraseNode, $"the synonym '{phrase}' holds search syntax ({Syntax}); write the words alone");
                valid = false;
            }
            else if (read.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                error(phraseNode, $"'{phrase}' is twice in one synonym group");
                valid = false;
            }
            else
            {
                read.Add(phrase);
            }
        }
        if (valid && read.Count < 2)
        {
            error(node, "a synonym group needs at least two phrases");
            valid = false;
        }
        return valid ? new SynonymGroup(language, read) : null;
    }
}
