using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>Writes a parsed provision as HTML or as plain text, with one renderer of each kind per thread.</summary>
/// <remarks>
/// A renderer set up for the pipeline holds some thirty object renderers: making two per provision cost more than writing
/// most provisions (a national build renders some 300,000). Reuse is safe because a renderer is reset before each document
/// and one thread writes one document at a time; a renderer that failed half-way is dropped rather than reset.
/// </remarks>
internal sealed class ProvisionHtmlRenderer : HtmlRenderer
{
    [ThreadStatic]
    private static ProvisionHtmlRenderer? t_html;

    [ThreadStatic]
    private static ProvisionHtmlRenderer? t_plain;

    private ProvisionHtmlRenderer(bool plain)
        : base(new StringWriter())
    {
        EnableHtmlForBlock = !plain;
        EnableHtmlForInline = !plain;
        EnableHtmlEscape = !plain;
        MarkdownPipelines.Rendering.Setup(this);
        ObjectRenderers.Replace<HtmlBlockRenderer>(new AllowedHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new AllowedHtmlInlineRenderer());
    }

    /// <summary>The document as HTML, or with <paramref name="plain"/> as its words without markup.</summary>
    public static string Write(MarkdownDocument document, bool plain)
    {
        var renderer = (plain ? t_plain : t_html) ?? new ProvisionHtmlRenderer(plain);
        if (plain)
            t_plain = null;
        else
            t_html = null;
        var output = ((StringWriter)renderer.Writer).GetStringBuilder();
        renderer.Reset();
        output.Clear();
        renderer.Render(document);
        var written = output.ToString();
        output.Clear();
        // Handed back only after a whole document was written: an exception above leaves the renderer behind.
        if (plain)
            t_plain = renderer;
        else
            t_html = renderer;
        return written;
    }
}
