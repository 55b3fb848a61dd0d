using KnowledgeBase.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>Loads YAML with line numbers kept, so every message can point at the line an author must fix.</summary>
public static class YamlFile
{
    /// <summary>The top-level mapping of <paramref name="yaml"/>, or null (with an error reported) when it is not one.</summary>
    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts (front matter starts after its <c>---</c>).</param>
    public static YamlMappingNode? LoadMapping(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // An unclosed bracket or quote is noticed only at the end of the input: point at the last line written instead.
            var line = Math.Clamp((int)e.Start.Line, 1, LastLineWithText(yaml));
            diagnostics.Error(path, firstLine - 1 + line, DiagnosticCodes.InvalidYaml, $"invalid YAML: {Describe(e)}");
            return null;
        }
        if (stream.Documents.Count == 0)
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode map)
            return map;
        diagnostics.Error(path, firstLine, DiagnosticCodes.InvalidYaml, "expected a mapping of 'key: value' lines");
        return null;
    }

    /// <summary>The file line of a node, given the line on which the YAML text starts.</summary>
    public static int LineOf(YamlNode node, int firstLine) => firstLine - 1 + (int)Math.Max(1, node.Start.Line);

    public static YamlNode? Get(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static string? Scalar(this YamlMappingNode map, string key) =>
        map.Get(key) is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;

    private static int LastLineWithText(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
            if (!string.IsNullOrWhiteSpace(lines[i]))
                return i + 1;
        return 1;
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return at >= 0 && message.StartsWith('(') ? message[(at + 3)..] : message;
    }
}
