using Ganss.Xss;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>Cleans the HTML of a text that carries raw HTML: only the elements Markdown renders and the allowed raw tags stay, with harmless attributes.</summary>
/// <remarks>
/// Scripts, event handlers, styles other than text alignment, frames, forms and unsafe addresses never survive. Elements that are
/// not allowed are removed but their text is kept, so no word of the law is lost. Texts without raw HTML skip the cleaner:
/// Markdig escapes their text itself and <see cref="UnsafeLinks"/> has already dropped unsafe addresses.
/// </remarks>
public static class HtmlCleaner
{
    // What Markdig renders for our Markdown (paragraphs, emphasis, lists, code, quotes, pipe tables, links, images).
    private static readonly string[] MarkdownTags =
    [
        "p", "a", "img", "em", "strong", "del", "ins", "mark", "sup", "sub", "code", "pre", "blockquote", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Clean(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>([.. MarkdownTags, .. RawHtmlTags.Allowed], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "src", "alt", "title", "start", "colspan", "rowspan", "style"], StringComparer.OrdinalIgnoreCase),
            // Pipe tables align columns with a style; nothing else may be styled.
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        };
        return new HtmlSanitizer(options) { KeepChildNodes = true };
    }
}
