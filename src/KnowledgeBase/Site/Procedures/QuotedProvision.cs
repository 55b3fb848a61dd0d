using System.Text;
using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Procedures;

/// <summary>A provision and its parts as one HTML fragment for quoting inside another page.</summary>
/// <remarks>
/// Unlike the provision's own page, the quote carries no <c>id</c>s: a procedure quotes provisions of several instruments,
/// whose ids (<c>art_9</c>) would clash with one another and with the page's own anchors.
/// </remarks>
public static class QuotedProvision
{
    public static string Html(IReadOnlyList<StoredProvision> subtreeInOrder)
    {
        var html = new StringBuilder();
        var open = new Stack<string>();
        for (var i = 0; i < subtreeInOrder.Count; i++)
        {
            var p = subtreeInOrder[i];
            while (open.Count > 0 && open.Peek() != p.ParentEId)
            {
                html.Append("</div>\n");
                open.Pop();
            }
            html.Append($"<div class=\"provision {HtmlText.Escape(p.Kind)}\">\n");
            // The root's label is the quote's heading, written by the page.
            if (i > 0 && p.Label is { Length: > 0 } label)
                html.Append($"<span class=\"num\">{HtmlText.Escape(label)}</span>\n");
            html.Append(p.Html);
            open.Push(p.EId);
        }
        html.Append(string.Concat(Enumerable.Repeat("</div>\n", open.Count)));
        return html.ToString();
    }
}
