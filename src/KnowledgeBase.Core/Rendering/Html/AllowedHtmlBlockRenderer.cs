using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>Writes a block of raw HTML as markup when it opens with an allowed tag (a table, say), as a paragraph of text otherwise.</summary>
/// <remarks>What an allowed block holds is cleaned afterwards by <see cref="HtmlCleaner"/>; this only decides markup or text.</remarks>
internal sealed partial class AllowedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        var raw = obj.Lines.ToString();
        var allowed = RawHtmlTags.IsAllowed(raw);
        if (!renderer.EnableHtmlForBlock)
        {
            // Plain text keeps the words of a table for search, one space where a tag was.
            renderer.WriteLine(allowed ? Tags().Replace(raw, " ") : raw);
            return;
        }
        if (allowed)
        {
            renderer.WriteLeafRawLines(obj, true, false);
            return;
        }
        renderer.Write("<p>");
        renderer.WriteEscape(raw.TrimEnd());
        renderer.WriteLine("</p>");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
