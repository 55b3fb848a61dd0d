using KnowledgeBase.Core.Rendering;
using System.Text;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Api;

/// <summary>Joins the stored HTML of a provision and its nested provisions into one fragment, with an anchor on each.</summary>
public static class ProvisionHtml
{
    public static string Assemble(IReadOnlyList<StoredProvision> subtreeInOrder)
    {
        if (subtreeInOrder.Count == 0)
            return "";
        var html = new StringBuilder();
        var open = new Stack<string>();
        foreach (var p in subtreeInOrder)
        {
            while (open.Count > 0 && open.Peek() != p.ParentEId)
            {
                html.Append("</section>\n");
                open.Pop();
            }
            html.Append($"<section class=\"provision {p.Kind}\" id=\"{HtmlText.Escape(p.EId)}\">\n");
            if (p.Label is { Length: > 0 } label)
                html.Append(p.Kind == "paragraph"
                    ? $"<span class=\"num\">{HtmlText.Escape(label)}</span>\n"
                    : $"<h3>{HtmlText.Escape(label)}</h3>\n");
            html.Append(p.Html);
            open.Push(p.EId);
        }
        html.Append(string.Concat(Enumerable.Repeat("</section>\n", open.Count)));
        return html.ToString();
    }
}
