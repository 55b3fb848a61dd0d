using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Reads <c>{ en: …, az: … }</c> mappings, and a plain string as English.</summary>
public static class LocalizedTextReader
{
    public static LocalizedText Read(YamlNode? node, string field, string path, int firstLine, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return LocalizedText.Empty;
            case YamlScalarNode { Value: { Length: > 0 } text }:
                return new LocalizedText(new Dictionary<string, string> { ["en"] = text.Trim() });
            case YamlMappingNode map:
                var texts = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Children)
                {
                    if (value is YamlScalarNode { Value: { Length: > 0 } v })
                        texts[((YamlScalarNode)key).Value ?? ""] = v.Trim();
                    else
                        diagnostics.Error(path, YamlFile.LineOf(value, firstLine), DiagnosticCodes.InvalidValue, $"'{field}' gives each language a text");
                }
                return new LocalizedText(texts);
            default:
                diagnostics.Error(path, YamlFile.LineOf(node, firstLine), DiagnosticCodes.InvalidValue, $"'{field}' is a text or a mapping of language to text");
                return LocalizedText.Empty;
        }
    }

    /// <summary>Reads <c>short:</c>, where a language may list several names.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadNames(YamlNode? node, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is null)
            return names;
        if (node is not YamlMappingNode map)
        {
            diagnostics.Error(path, YamlFile.LineOf(node, firstLine), DiagnosticCodes.InvalidValue, "'short' is a mapping of language to a name or a list of names");
            return names;
        }
        foreach (var (key, value) in map.Children)
        {
            var language = ((YamlScalarNode)key).Value ?? "";
            IReadOnlyList<string> list = value switch
            {
                YamlScalarNode { Value: { Length: > 0 } one } => [one.Trim()],
                YamlSequenceNode many => [.. many.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0)],
                _ => [],
            };
            if (list.Count == 0)
                diagnostics.Error(path, YamlFile.LineOf(value, firstLine), DiagnosticCodes.InvalidValue, $"'short.{language}' needs a name");
            else
                names[language] = list;
        }
        return names;
    }
}
