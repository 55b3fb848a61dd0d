using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Core.Rendering.Html;

/// <summary>Writes an inline HTML tag as markup when it is allowed (<see cref="RawHtmlTags"/>), as the text it is otherwise.</summary>
internal sealed class AllowedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        var allowed = RawHtmlTags.IsAllowed(obj.Tag);
        if (!renderer.EnableHtmlForInline)
        {
            // Plain text: an allowed tag is markup and leaves no word behind; anything else is words.
            if (!allowed)
                renderer.Write(obj.Tag);
            return;
        }
        if (allowed)
            renderer.Write(obj.Tag);
        else
            renderer.WriteEscape(obj.Tag);
    }
}
