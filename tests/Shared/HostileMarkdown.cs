using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Testing;

/// <summary>Markdown written to run script or smuggle markup into a page, and the check that none of it survives.</summary>
/// <remarks>Each snippet carries the word it must keep (<c>kept</c>): dropping a hostile construct must not drop the law's words around it.</remarks>
public static class HostileMarkdown
{
    /// <summary>(name, Markdown, a word that must still be read on the page).</summary>
    public static IReadOnlyList<(string Name, string Markdown, string Kept)> Snippets { get; } =
    [
        ("script block", "<script>alert('kb')</script>\n\nkept", "kept"),
        ("script inline", "kept <script>alert(1)</script> text", "kept"),
        ("script in a table cell", "<table><tr><td>kept<script>alert(1)</script></td></tr></table>", "kept"),
        ("event handler on an allowed tag", "1<sup onmouseover=\"alert(1)\">kept</sup>", "kept"),
        ("event handler in a table", "<table onload=alert(1)><tr><td onclick='alert(1)'>kept</td></tr></table>", "kept"),
        ("image with onerror", "kept <img src=x onerror=alert(1)>", "kept"),
        ("svg onload", "kept <svg onload=alert(1)></svg>", "kept"),
        ("iframe", "<iframe src=\"https://example.org\"></iframe>\n\nkept", "kept"),
        ("iframe with srcdoc", "kept <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "kept"),
        ("form", "<form action=\"https://example.org\"><input name=p><button>kept</button></form>", "kept"),
        ("object and embed", "kept <object data=\"x.swf\"></object><embed src=\"x.swf\">", "kept"),
        ("style with expression", "<table style=\"width: expression(alert(1))\"><tr><td>kept</td></tr></table>", "kept"),
        ("style element", "<style>body { background: url(javascript:alert(1)) }</style>\n\nkept", "kept"),
        ("style url on a cell", "<table><tr><td style=\"background:url(javascript:alert(1))\">kept</td></tr></table>", "kept"),
        ("javascript link", "[kept](javascript:alert(1))", "kept"),
        ("javascript link in capitals", "[kept](JaVaScRiPt:alert(1))", "kept"),
        ("javascript link with a tab", "[kept](java\tscript:alert(1))", "kept"),
        ("javascript link written with entities", "[kept](&#106;avascript:alert(1))", "kept"),
        ("javascript link with leading spaces", "[kept]( javascript:alert(1))", "kept"),
        ("vbscript link", "[kept](vbscript:msgbox(1))", "kept"),
        ("data link", "[kept](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "kept"),
        ("data image", "![kept](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "kept"),
        ("javascript image", "![kept](javascript:alert(1))", "kept"),
        ("javascript autolink", "kept <javascript:alert(1)>", "kept"),
        ("javascript reference link", "[kept][x]\n\n[x]: javascript:alert(1)", "kept"),
        ("raw anchor with javascript", "<a href=\"javascript:alert(1)\">kept</a>", "kept"),
        ("raw anchor in a table", "<table><tr><td><a href=\"javascript:alert(1)\">kept</a></td></tr></table>", "kept"),
        ("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">\n\nkept", "kept"),
        ("base href", "<base href=\"javascript:alert(1)//\">\n\nkept", "kept"),
        ("link stylesheet", "<link rel=stylesheet href=\"https://example.org/x.css\">\n\nkept", "kept"),
        ("comment hiding a script", "<!-- --><script>alert(1)</script><!-- -->\n\nkept", "kept"),
        ("unclosed tag", "kept <sup onclick=alert(1)", "kept"),
        ("attribute breaking out", "<sup title=\"\"><script>alert(1)</script>\">kept</sup>", "kept"),
        ("math and mglyph", "kept <math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "kept"),
        ("noscript mutation", "kept <noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "kept"),
        ("template", "kept <template><script>alert(1)</script></template>", "kept"),
        ("html entity script", "kept &lt;script&gt;alert(1)&lt;/script&gt;", "kept"),
        ("word in angle brackets", "remplacé par une <virgule> kept", "virgule"),
    ];

    private static readonly string[] ForbiddenElements =
        ["script", "iframe", "frame", "form", "input", "button", "object", "embed", "style", "link", "meta", "base", "svg", "math", "template", "noscript"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"];

    /// <summary>Asserts that an HTML fragment or page holds nothing that could act in a browser.</summary>
    /// <param name="within">A CSS selector for the part of a page the content is in; the whole document when null.</param>
    public static void AssertInert(string html, string? within = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var roots = within is null ? [document.DocumentElement] : document.QuerySelectorAll(within).ToArray();
        Assert.NotEmpty(roots);
        foreach (var element in roots.SelectMany(r => r.DescendantsAndSelf<IElement>()))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}> in {html}");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                    Assert.True(IsHarmlessAddress(attribute.Value), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> in {html}");
                if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                    Assert.DoesNotMatch("(?i)expression|url\\(|javascript", attribute.Value);
            }
        }
    }

    private static bool IsHarmlessAddress(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]).ToLowerInvariant();
        return !(compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal));
    }
}
