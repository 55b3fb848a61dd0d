using Markdig.Renderers;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Rendering;

/// <summary>Renders a provision's Markdown to HTML and plain text, with its citations linked.</summary>
public static class ProvisionRenderer
{
    public static RenderedMarkdown Render(string markdown, CitationLinker linker)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return new RenderedMarkdown("", "", []);
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Rendering);
        var citations = linker.Link(document);
        return new RenderedMarkdown(Write(document, plain: false), Write(document, plain: true).Trim(), citations);
    }

    private static string Write(MarkdownDocument document, bool plain)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = !plain,
            EnableHtmlForInline = !plain,
            EnableHtmlEscape = !plain,
        };
        MarkdownPipelines.Rendering.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
