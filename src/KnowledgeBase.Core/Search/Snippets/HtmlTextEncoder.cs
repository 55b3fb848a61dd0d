using System.Buffers;
using System.Text;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Escapes only <c>&amp; &lt; &gt; "</c>, which is all that text inside an HTML element needs.</summary>
/// <remarks>
/// Lucene's SimpleHTMLEncoder also turns every non-ASCII letter into an entity (ə → &amp;#601;), which bloats
/// Azerbaijani and Russian snippets and breaks tests and tools that read them as text.
/// </remarks>
internal sealed class HtmlTextEncoder : IEncoder
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"");

    public string EncodeText(string originalText) => Escape(originalText);

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0)
            return text;

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            switch (character)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                default: escaped.Append(character); break;
            }
        }
        return escaped.ToString();
    }
}
