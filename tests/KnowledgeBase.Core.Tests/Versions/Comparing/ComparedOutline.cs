using System.Text.RegularExpressions;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

/// <summary>A stored text with headings and texts, one provision a line, indented by depth: <c>  article art_45 [45] {#trp} "Temporary residence permit" : The permit is issued.</c></summary>
/// <remarks>Like <c>StoredOutline</c>, with what a comparison reads: the heading (quoted) and the provision's own text (after a colon).</remarks>
internal static partial class ComparedOutline
{
    public static IReadOnlyList<StoredProvision> Parse(params string[] lines)
    {
        var provisions = new List<StoredProvision>();
        var open = new Stack<(int Depth, string EId)>();
        foreach (var line in lines)
        {
            var depth = (line.Length - line.TrimStart().Length) / 2;
            var match = LineSyntax().Match(line.Trim());
            if (!match.Success)
                throw new FormatException($"Not an outline line: '{line}'");
            while (open.Count > 0 && open.Peek().Depth >= depth)
                open.Pop();
            var eId = match.Groups["eid"].Value;
            provisions.Add(new StoredProvision
            {
                Id = eId,
                EId = eId,
                ParentEId = open.Count > 0 ? open.Peek().EId : null,
                Order = provisions.Count,
                Kind = match.Groups["kind"].Value,
                Num = match.Groups["num"].Value,
                Key = match.Groups["key"].Success ? match.Groups["key"].Value : null,
                Heading = match.Groups["heading"].Success ? match.Groups["heading"].Value : null,
                Text = match.Groups["text"].Value,
            });
            open.Push((depth, eId));
        }
        return provisions;
    }

    [GeneratedRegex(@"^(?<kind>\w+) (?<eid>\S+) \[(?<num>[^\]]*)\](?: \{#(?<key>[a-z0-9-]+)\})?(?: ""(?<heading>[^""]*)"")?(?: : (?<text>.*))?$")]
    private static partial Regex LineSyntax();
}
