using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>Reads the <c>languages:</c> mapping of <c>kb.yml</c> (and of the built-in language data) into profiles.</summary>
public static class LanguageProfileReader
{
    /// <summary>A problem in the language data: the node it concerns and what is wrong.</summary>
    public sealed record Problem(int Line, string Message);

    /// <summary>Reads every language of the mapping; a language with problems is left out and each problem is reported.</summary>
    public static IReadOnlyList<LanguageProfile> ReadAll(YamlMappingNode languages, ICollection<Problem>? problems)
    {
        var profiles = new List<LanguageProfile>();
        foreach (var (keyNode, valueNode) in languages.Children)
        {
            var code = ((YamlScalarNode)keyNode).Value ?? "";
            var before = problems?.Count ?? 0;
            var profile = Read(code, keyNode, valueNode, problems);
            if (profile is not null && (problems?.Count ?? 0) == before)
                profiles.Add(profile);
        }
        return profiles;
    }

    private static LanguageProfile? Read(string code, YamlNode keyNode, YamlNode valueNode, ICollection<Problem>? problems)
    {
        if (!IsLanguageCode(code))
        {
            Report(problems, keyNode, $"'{code}' is not a language code (two or three lower-case letters)");
            return null;
        }
        if (valueNode is not YamlMappingNode map)
        {
            Report(problems, valueNode, $"language '{code}' must be a mapping with section, chapter and article words");
            return null;
        }
        var article = Words(map, "article", problems);
        if (article.Count == 0)
            Report(problems, map, $"language '{code}' needs at least one article word");
        return new LanguageProfile(
            code,
            Words(map, "section", problems),
            Words(map, "chapter", problems),
            article,
            Pattern(map, "number-suffix", problems),
            map.Children.TryGetValue(new YamlScalarNode("citations"), out var citations) && citations is YamlMappingNode c
                ? ReadCitations(code, c, problems)
                : null,
            Words(map, "number-words", problems));
    }

    private static CitationPatterns ReadCitations(string code, YamlMappingNode map, ICollection<Problem>? problems)
    {
        var article = Pattern(map, "article", problems);
        if (Scalar(map, "article") is null)
            Report(problems, map, $"the citations of language '{code}' need an 'article' pattern");
        return new CitationPatterns(
            Article: article ?? "",
            Part: Pattern(map, "part", problems),
            NumberSuffix: Pattern(map, "number-suffix", problems),
            NumberFirst: Flag(map, "number-first"),
            InstrumentFirst: Flag(map, "instrument-first"),
            ThisInstrument: Pattern(map, "this-instrument", problems),
            Of: Pattern(map, "of", problems),
            And: Pattern(map, "and", problems) ?? ",",
            To: Pattern(map, "to", problems) ?? "–",
            Inflected: Flag(map, "inflected"),
            NameEnding: Pattern(map, "name-ending", problems));
    }

    /// <summary>A regular-expression fragment, checked here so a mistake in <c>kb.yml</c> is reported at its line, not thrown later.</summary>
    private static string? Pattern(YamlMappingNode map, string key, ICollection<Problem>? problems)
    {
        var value = Scalar(map, key);
        if (value is null)
            return null;
        try
        {
            _ = new Regex(value, RegexOptions.None, TimeSpan.FromSeconds(1));
            return value;
        }
        catch (ArgumentException e)
        {
            Report(problems, map.Children[new YamlScalarNode(key)], $"'{key}' is not a valid regular expression: {e.Message}");
            return null;
        }
    }

    private static List<string> Words(YamlMappingNode map, string key, ICollection<Problem>? problems)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            return [];
        if (node is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value))
            return [single.Value.Trim()];
        if (node is YamlSequenceNode list)
            return [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0)];
        Report(problems, node, $"'{key}' must be a word or a list of words");
        return [];
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrEmpty(s.Value)
            ? s.Value
            : null;

    private static bool Flag(YamlMappingNode map, string key) =>
        string.Equals(Scalar(map, key), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsLanguageCode(string code) =>
        code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower);

    private static void Report(ICollection<Problem>? problems, YamlNode node, string message)
    {
        if (problems is null)
            throw new InvalidOperationException($"Built-in language data: {message}");
        problems.Add(new Problem((int)node.Start.Line, message));
    }
}
