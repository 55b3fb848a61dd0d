using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>The raw HTML tags content may write and have rendered as markup: what legislation needs, nothing that acts.</summary>
/// <remarks>
/// Real texts write <c>1&lt;sup&gt;er&lt;/sup&gt;</c>, subscripts, line breaks inside cells and small tables. Any other tag is shown
/// as the text it is: the national corpus writes words in angle brackets (<c>une &lt;virgule&gt;</c>, <c>&lt;semences de base&gt;</c>)
/// that an HTML reader would take for tags and drop, losing words of the law.
/// </remarks>
public static partial class RawHtmlTags
{
    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "sup", "sub", "br", "b", "strong", "i", "em", "u", "s", "small",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    };

    /// <summary>Whether raw HTML that starts with <paramref name="raw"/> opens or closes an allowed tag (comments, processing instructions and declarations never do).</summary>
    public static bool IsAllowed(ReadOnlySpan<char> raw)
    {
        var match = TagName().Match(raw.TrimStart().ToString());
        return match.Success && Allowed.Contains(match.Groups["name"].Value);
    }

    [GeneratedRegex(@"^</?(?<name>[A-Za-z][A-Za-z0-9]{0,15})(?=[\s/>]|$)")]
    private static partial Regex TagName();
}
