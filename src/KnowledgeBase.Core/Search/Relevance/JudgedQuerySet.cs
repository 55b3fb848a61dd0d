using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>A judged query set and the floor its figures must not fall below, read from one YAML file.</summary>
/// <remarks>The file's format is described at its top (<c>tests/KnowledgeBase.Core.Tests/Search/Relevance/judged-queries.yml</c>).</remarks>
public sealed record JudgedQuerySet(RelevanceFigures Floor, IReadOnlyList<JudgedQuery> Queries)
{
    /// <exception cref="InvalidDataException">The file lacks a floor or a query lacks its text, language or judgments.</exception>
    public static JudgedQuerySet Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
            yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var floor = Map(root, "floor", path);
        var queries = ((YamlSequenceNode)Node(root, "queries", path)).Children.Cast<YamlMappingNode>().Select(q => Query(q, path)).ToList();
        return new JudgedQuerySet(
            new RelevanceFigures(Number(floor, "mrr", path), Number(floor, "ndcg10", path), Number(floor, "recall10", path), queries.Count),
            queries);
    }

    private static JudgedQuery Query(YamlMappingNode node, string path)
    {
        var relevant = Map(node, "relevant", path).Children.ToDictionary(
            r => ((YamlScalarNode)r.Key).Value ?? "",
            r => (int)Number((YamlScalarNode)r.Value, path),
            StringComparer.Ordinal);
        if (relevant.Count == 0)
            throw new InvalidDataException($"{path}:{node.Start.Line}: a judged query names nothing relevant");
        return new JudgedQuery(Text(node, "query", path), Text(node, "language", path), Text(node, "kind", path), relevant);
    }

    private static YamlNode Node(YamlMappingNode map, string key, string path) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node
            : throw new InvalidDataException($"{path}:{map.Start.Line}: '{key}' is missing");

    private static YamlMappingNode Map(YamlMappingNode map, string key, string path) =>
        Node(map, key, path) as YamlMappingNode ?? throw new InvalidDataException($"{path}:{map.Start.Line}: '{key}' is not a mapping");

    private static string Text(YamlMappingNode map, string key, string path) =>
        (Node(map, key, path) as YamlScalarNode)?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidDataException($"{path}:{map.Start.Line}: '{key}' is empty");

    private static double Number(YamlMappingNode map, string key, string path) =>
        Number(Node(map, key, path) as YamlScalarNode ?? throw new InvalidDataException($"{path}: '{key}' is not a number"), path);

    private static double Number(YamlScalarNode node, string path) =>
        double.TryParse(node.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{path}:{node.Start.Line}: '{node.Value}' is not a number");
}
