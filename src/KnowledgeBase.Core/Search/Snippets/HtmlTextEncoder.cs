using KnowledgeBase.Core.Rendering;
using Lucene.Net.Search.Highlight;

namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>The highlighter's encoder: escapes only <c>&amp; &lt; &gt; "</c> (see <see cref="HtmlText"/>).</summary>
/// <remarks>
/// Lucene's SimpleHTMLEncoder also turns every non-ASCII letter into an entity (ə → &amp;#601;), which bloats
/// Azerbaijani and Russian snippets and breaks tests and tools that read them as text.
/// </remarks>
internal sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText) => HtmlText.Escape(originalText);
}
