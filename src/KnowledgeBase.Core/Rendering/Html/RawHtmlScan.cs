using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>Whether a rendered text must go through <see cref="HtmlCleaner"/>: only when its raw HTML could be anything but plain, balanced allowed tags.</summary>
/// <remarks>
/// The national corpus writes <c>&lt;sup&gt;er&lt;/sup&gt;</c> in tens of thousands of provisions; tags like these, with no attribute
/// and every one closed, are safe as written, and skipping the HTML parser for them keeps the build's cost where it was. A block of
/// raw HTML (a table), an allowed tag with attributes or an unclosed one is cleaned.
/// </remarks>
public static class RawHtmlScan
{
    private static readonly System.Buffers.SearchValues<char> NotInAName = System.Buffers.SearchValues.Create(" \t\r\n=\"'");

    public static bool NeedsCleaning(string markdown, MarkdownDocument document)
    {
        // Raw HTML always starts with '<': most texts are decided without a walk.
        if (!markdown.Contains('<', StringComparison.Ordinal))
            return false;
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock:
                    return true;
                case HtmlInline html when RawHtmlTags.IsAllowed(html.Tag):
                    if (!IsPlainTag(html.Tag, out var name, out var closing))
                        return true;
                    if (name == "br")
                        break;
                    open[name] = open.GetValueOrDefault(name) + (closing ? -1 : 1);
                    if (open[name] < 0)
                        return true;
                    break;
            }
        }
        return open.Values.Any(count => count != 0);
    }

    /// <summary><c>&lt;sup&gt;</c>, <c>&lt;/sup&gt;</c>, <c>&lt;br/&gt;</c>: a tag with nothing but its name.</summary>
    private static bool IsPlainTag(string tag, out string name, out bool closing)
    {
        closing = tag.StartsWith("</", StringComparison.Ordinal);
        var inner = tag.AsSpan(closing ? 2 : 1, tag.Length - (closing ? 3 : 2)).TrimEnd();
        if (inner.EndsWith("/"))
            inner = inner[..^1].TrimEnd();
        name = inner.ToString().ToLowerInvariant();
        return tag.EndsWith('>') && inner.Length > 0 && !inner.ContainsAny(NotInAName);
    }
}
