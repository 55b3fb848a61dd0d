using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

/// <summary>A provision tree written one provision a line, indented by depth, so that a whole tree reads as one expected value.</summary>
internal static class Outline
{
    /// <summary>Lines such as <c>  Article art_45 [45] Temporary residence permit {#temporary-residence-permit}</c>.</summary>
    public static string[] Of(IEnumerable<Provision> provisions)
    {
        var lines = new List<string>();
        Write(provisions, 0, lines);
        return [.. lines];
    }

    private static void Write(IEnumerable<Provision> provisions, int depth, List<string> lines)
    {
        foreach (var p in provisions)
        {
            var num = p.Num.Length > 0 ? $" [{p.Num}]" : "";
            var heading = p.Heading is null ? "" : $" {p.Heading}";
            var key = p.Key is null ? "" : $" {{#{p.Key}}}";
            lines.Add($"{new string(' ', depth * 2)}{p.Kind} {p.EId}{num}{heading}{key}");
            Write(p.Children, depth + 1, lines);
        }
    }
}
