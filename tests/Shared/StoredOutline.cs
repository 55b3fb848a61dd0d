using System.Text.RegularExpressions;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Testing;

/// <summary>A stored text written one provision a line, indented by depth: <c>  article art_45 [45] {#temporary-residence-permit} "Article 45. Temporary residence permit"</c>.</summary>
/// <remarks>
/// The same notation as the structure parser's <c>Outline</c>, read the other way, so a test's texts read as legislation does.
/// The label is optional (the number by default); each provision's HTML is <c>&lt;p&gt;Text of {eId}.&lt;/p&gt;</c>.
/// </remarks>
internal static partial class StoredOutline
{
    public static IReadOnlyList<StoredProvision> Parse(params string[] lines) => Read(lines, quotedIsHeading: false);

    /// <summary>
    /// The notation with what a comparison reads: the quoted string is the heading, and the provision's own text follows a
    /// colon: <c>  article art_45 [45] {#trp} "Temporary residence permit" : The permit is issued.</c>
    /// </summary>
    public static IReadOnlyList<StoredProvision> ParseWithHeadings(params string[] lines) => Read(lines, quotedIsHeading: true);

    private static List<StoredProvision> Read(string[] lines, bool quotedIsHeading)
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
                Label = match.Groups["quoted"].Success && !quotedIsHeading ? match.Groups["quoted"].Value : match.Groups["num"].Value,
                Heading = match.Groups["quoted"].Success && quotedIsHeading ? match.Groups["quoted"].Value : null,
                Text = match.Groups["text"].Value,
                Html = $"<p>Text of {eId}.</p>\n",
            });
            open.Push((depth, eId));
        }
        return provisions;
    }

    [GeneratedRegex(@"^(?<kind>\w+) (?<eid>\S+)(?: \[(?<num>[^\]]*)\])?(?: \{#(?<key>[a-z0-9-]+)\})?(?: ""(?<quoted>[^""]*)"")?(?: : (?<text>.*))?$")]
    private static partial Regex LineSyntax();
}
