using KnowledgeBase.Core.Rendering.Html;

namespace KnowledgeBase.Core.Rendering;

/// <summary>Renders a provision's Markdown to HTML and plain text, with its citations linked and nothing in it that could act in a browser.</summary>
public static class ProvisionRenderer
{
    public static RenderedMarkdown Render(string markdown, CitationLinker linker)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return new RenderedMarkdown("", "", []);
        try
        {
            var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Rendering);
            var citations = linker.Link(document);
            UnsafeLinks.Drop(markdown, document);
            var html = ProvisionHtmlRenderer.Write(document, plain: false);
            if (RawHtmlScan.NeedsCleaning(markdown, document))
                html = HtmlCleaner.Clean(html);
            return new RenderedMarkdown(html, ProvisionHtmlRenderer.Write(document, plain: true).Trim(), citations);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses text nested deeper than it can parse or render safely: a content error, and the run goes on with the
            // words kept as written, so every other problem of the run is still reported.
            return new RenderedMarkdown($"<p>{HtmlText.Escape(markdown)}</p>\n", markdown.Trim(), [], $"the text cannot be rendered as Markdown ({e.Message}); nest its lists, quotes, emphasis or brackets less deeply");
        }
    }
}
