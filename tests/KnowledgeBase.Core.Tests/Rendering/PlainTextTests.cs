using KnowledgeBase.Core.Rendering;

namespace KnowledgeBase.Core.Tests.Rendering;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<p>Registration is free.</p>", "Registration is free.")]
    [InlineData("<p>within 3 days (<a href=\"/instruments/migration-code/2013-07-adopted/art_21__para_1\">Article 21.1</a>).</p>", "within 3 days (Article 21.1).")]
    [InlineData("<p>Fees &amp; charges &lt;none&gt;</p>", "Fees & charges <none>")]
    [InlineData("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", "one two")]
    [InlineData("<p>İcazə <em>bir il</em> müddətinə verilir.</p>", "İcazə bir il müddətinə verilir.")]
    public void Keeps_the_words_and_drops_the_markup(string html, string expected) =>
        Assert.Equal(expected, PlainText.FromHtml(html));

    [Theory]
    [InlineData("A short text.", 40, "A short text.")]
    [InlineData("A foreigner staying in Azerbaijan must be registered", 30, "A foreigner staying in…")]
    [InlineData("Unbreakablewordthatgoesonandon", 10, "Unbreakab…")]
    public void Shortens_after_a_whole_word(string text, int maxLength, string expected)
    {
        var shortened = PlainText.Shorten(text, maxLength);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= maxLength);
    }
}
