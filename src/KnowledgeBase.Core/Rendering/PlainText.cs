using System.Net;
using System.Text;

namespace KnowledgeBase.Core.Rendering;

/// <summary>The words of stored provision HTML without its markup, and a one-line summary cut from them.</summary>
/// <remarks>
/// Works on the HTML the build renders (well-formed, every literal &lt; escaped), which is why dropping everything between
/// &lt; and &gt; is enough; it is not a parser for HTML from elsewhere.
/// </remarks>
public static class PlainText
{
    private const string Ellipsis = "…";

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "li", "ul", "ol", "div", "section", "blockquote", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static string FromHtml(string html)
    {
        var text = new StringBuilder(html.Length);
        var tag = new StringBuilder();
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                tag.Clear();
            }
            else if (inTag && c == '>')
            {
                inTag = false;
                // Blocks (paragraphs, list items, cells) are separate words; inline markup such as a link is not.
                if (BlockTags.Contains(NameOf(tag)))
                    text.Append(' ');
            }
            else if (inTag)
                tag.Append(c);
            else
                text.Append(c);
        }
        return Collapse(WebUtility.HtmlDecode(text.ToString()));
    }

    /// <summary>At most <paramref name="maxLength"/> characters, cut after a whole word and marked with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = text.LastIndexOf(' ', maxLength - Ellipsis.Length);
        var kept = text[..(cut > 0 ? cut : maxLength - Ellipsis.Length)].TrimEnd(' ', ',', ';', ':', '(');
        return kept + Ellipsis;
    }

    private static string NameOf(StringBuilder tag)
    {
        var name = tag.ToString().TrimStart('/');
        var end = name.IndexOfAny([' ', '/', '\t', '\n']);
        return end < 0 ? name : name[..end];
    }

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                    collapsed.Append(' ');
            }
            else
            {
                collapsed.Append(c);
            }
        }
        return collapsed.ToString().Trim();
    }
}
