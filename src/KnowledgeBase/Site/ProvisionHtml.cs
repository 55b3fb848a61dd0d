using System.Text;
using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>Joins the stored HTML of provisions into one fragment: a <c>section</c> per provision, nested as the text is, whose <c>id</c> is its eId.</summary>
/// <remarks>
/// Stored HTML is safe (raw HTML in content is escaped at build time) and labels are escaped here, so the result may be emitted
/// as markup. Headings go one level deeper per headed provision (section, chapter, article), starting at <see cref="TopHeadingLevel"/>,
/// so a page's headings stay in order; a numbered part shows its number instead of a heading.
/// </remarks>
public sealed class ProvisionHtml
{
    /// <summary>As the JSON API gives it: the outermost label an <c>h3</c>, no permanent links.</summary>
    public static ProvisionHtml Plain { get; } = new();

    /// <summary>The heading level of the outermost provisions' labels.</summary>
    public int TopHeadingLevel { get; init; } = 3;

    /// <summary>Leaves out the first provision's label, when the page shows it as its title.</summary>
    public bool OmitRootLabel { get; init; }

    /// <summary>The permanent link to show beside a provision, if any: a part's number becomes the link, a heading gets a small ¶.</summary>
    public Func<StoredProvision, ProvisionPermalink?>? Permalink { get; init; }

    public string Assemble(IReadOnlyList<StoredProvision> subtreeInOrder)
    {
        if (subtreeInOrder.Count == 0)
            return "";
        var html = new StringBuilder();
        var open = new Stack<StoredProvision>();
        foreach (var p in subtreeInOrder)
        {
            while (open.Count > 0 && open.Peek().EId != p.ParentEId)
            {
                html.Append("</section>\n");
                open.Pop();
            }
            html.Append($"<section class=\"provision {HtmlText.Escape(p.Kind)}\" id=\"{HtmlText.Escape(p.EId)}\">\n");
            if (!(OmitRootLabel && ReferenceEquals(p, subtreeInOrder[0])))
                AppendLabel(html, p, open.Count(o => o.Kind != "paragraph") - (OmitRootLabel ? 1 : 0));
            html.Append(p.Html);
            open.Push(p);
        }
        html.Append(string.Concat(Enumerable.Repeat("</section>\n", open.Count)));
        return html.ToString();
    }

    /// <summary>One provision's label and own text, without the provisions nested in it and without an anchor (the caller places it).</summary>
    public string One(StoredProvision provision, int depth)
    {
        var html = new StringBuilder();
        AppendLabel(html, provision, depth);
        html.Append(provision.Html);
        return html.ToString();
    }

    private void AppendLabel(StringBuilder html, StoredProvision p, int depth)
    {
        if (p.Label is not { Length: > 0 } label)
            return;
        var permalink = Permalink?.Invoke(p);
        if (p.Kind == "paragraph")
        {
            html.Append(permalink is null
                ? $"<span class=\"num\">{HtmlText.Escape(label)}</span>\n"
                : $"<a class=\"num\" href=\"{HtmlText.Escape(permalink.Href)}\" title=\"{HtmlText.Escape(permalink.Label)}\">{HtmlText.Escape(label)}</a>\n");
            return;
        }
        var level = Math.Clamp(TopHeadingLevel + Math.Max(depth, 0), 1, 6);
        var heading = $"<h{level}>{HtmlText.Escape(label)}</h{level}>";
        html.Append(permalink is null
            ? $"{heading}\n"
            : $"<div class=\"provision-head\">{heading}<a class=\"permalink\" href=\"{HtmlText.Escape(permalink.Href)}\" title=\"{HtmlText.Escape(permalink.Label)}\">"
              + $"<span aria-hidden=\"true\">¶</span><span class=\"visually-hidden\">{HtmlText.Escape(permalink.Label)}</span></a></div>\n");
    }
}
