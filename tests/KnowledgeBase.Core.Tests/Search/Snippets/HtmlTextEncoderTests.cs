using KnowledgeBase.Core.Search.Snippets;

namespace KnowledgeBase.Core.Tests.Search.Snippets;

public sealed class HtmlTextEncoderTests
{
    [Theory]
    [InlineData("icazə verilir", "icazə verilir")]
    [InlineData("разрешение", "разрешение")]
    [InlineData("fees & charges", "fees &amp; charges")]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("\"quoted\"", "&quot;quoted&quot;")]
    [InlineData("it's", "it's")]
    [InlineData("", "")]
    public void Escapes_only_what_html_text_needs(string text, string expected) =>
        Assert.Equal(expected, new HtmlTextEncoder().EncodeText(text));
}
