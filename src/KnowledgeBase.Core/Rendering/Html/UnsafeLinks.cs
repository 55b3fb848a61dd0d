using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>Drops links and images whose address could run script or carry content inline (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, …), keeping their text.</summary>
/// <remarks>
/// An allowlist, not a denylist: an address is kept when it is relative or uses http, https or mailto. The scheme is read as a
/// browser reads it, ignoring case, control characters and whitespace inside it (<c>java&#9;script:</c> is still script).
/// </remarks>
public static class UnsafeLinks
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static void Drop(string markdown, MarkdownDocument document)
    {
        // A scheme needs a colon, written or as an entity: most texts are decided without a walk.
        if (markdown.AsSpan().IndexOfAny(':', '&') < 0)
            return;
        var unsafeLinks = new List<Inline>();
        foreach (var node in document.Descendants())
            if ((node is LinkInline link && !IsSafe(link.Url)) || (node is AutolinkInline autolink && !IsSafe(autolink.Url)))
                unsafeLinks.Add((Inline)node);
        foreach (var inline in unsafeLinks)
        {
            if (inline is LinkInline link)
                Unwrap(link);
            else
                inline.ReplaceBy(new LiteralInline(((AutolinkInline)inline).Url));
        }
    }

    /// <summary>Whether an address may stand in an <c>href</c> or <c>src</c>: relative, or with an allowed scheme.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        var compact = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
            return true;
        var scheme = compact[..colon];
        return SafeSchemes.Any(s => string.Equals(s, scheme, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Puts the link's children (its text, or an image's alternative text) in its place.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
