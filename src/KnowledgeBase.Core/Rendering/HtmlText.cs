using System.Text;

namespace KnowledgeBase.Core.Rendering;

/// <summary>Escapes text for HTML by the four characters that matter: <c>&amp; &lt; &gt; "</c>.</summary>
/// <remarks>
/// .NET's and Lucene's encoders turn letters such as ö, ç or ə into numeric entities, which bloats pages and breaks
/// highlighting of Azerbaijani and Russian text; nothing but these four needs escaping in UTF-8 HTML.
/// </remarks>
public static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
