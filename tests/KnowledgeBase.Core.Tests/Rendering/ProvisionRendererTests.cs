using AngleSharp.Html.Parser;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Rendering;

public class ProvisionRendererTests
{
    private static RenderedMarkdown Render(string markdown) =>
        ProvisionRenderer.Render(markdown, new CitationLinker(null, new CitationResolver(new ProvisionCatalog([])),
            new CitingContext("law", "2020", "en", new DateOnly(2020, 1, 1), "law/2020.en.md")));

    private static string TextOf(string html) => new HtmlParser().ParseDocument(html).Body!.TextContent;

    public class Hostile_markup
    {
        public static TheoryData<string> Names() => [.. HostileMarkdown.Snippets.Select(s => s.Name)];

        [Theory]
        [MemberData(nameof(Names))]
        public void Never_reaches_the_html_and_the_words_stay(string name)
        {
            var (_, markdown, kept) = HostileMarkdown.Snippets.Single(s => s.Name == name);

            var rendered = Render(markdown);

            HostileMarkdown.AssertInert(rendered.Html);
            Assert.Contains(kept, TextOf(rendered.Html), StringComparison.Ordinal);
            Assert.Contains(kept, rendered.PlainText, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("[the Code](javascript:alert(1))", "the Code")]
        [InlineData("![a seal](data:image/png;base64,AAAA)", "a seal")]
        public void An_unsafe_link_becomes_its_text(string markdown, string text)
        {
            var html = Render(markdown).Html;

            Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
            Assert.Equal(text, TextOf(html).Trim());
        }

        [Theory]
        [InlineData("[site](https://legilux.public.lu/eli)", "https://legilux.public.lu/eli")]
        [InlineData("[mail](mailto:office@example.org)", "mailto:office@example.org")]
        [InlineData("[page](/instruments/law/2020/art_1)", "/instruments/law/2020/art_1")]
        [InlineData("[anchor](#art_1)", "#art_1")]
        public void A_safe_link_stays_a_link(string markdown, string href)
        {
            var link = new HtmlParser().ParseDocument(Render(markdown).Html).QuerySelector("a");

            Assert.Equal(href, link?.GetAttribute("href"));
        }
    }

    public class Allowed_raw_html
    {
        [Fact]
        public void A_superscript_is_markup_and_its_letters_join_the_number_in_plain_text()
        {
            var rendered = Render("le 1<sup>er</sup> janvier");

            Assert.Equal("er", new HtmlParser().ParseDocument(rendered.Html).QuerySelector("p > sup")?.TextContent);
            Assert.Equal("le 1er janvier", rendered.PlainText);
        }

        [Fact]
        public void A_subscript_and_a_line_break_are_markup()
        {
            var page = new HtmlParser().ParseDocument(Render("CO<sub>2</sub> emissions<br>per year").Html);

            Assert.Equal("2", page.QuerySelector("sub")?.TextContent);
            Assert.NotNull(page.QuerySelector("br"));
        }

        [Fact]
        public void A_table_keeps_its_cells_and_spans_and_loses_everything_else()
        {
            var rendered = Render("<table class=\"x\" id=\"y\"><tr><th colspan=\"2\" style=\"color:red\">Taux</th></tr><tr><td>4</td><td>10 %</td></tr></table>");

            var page = new HtmlParser().ParseDocument(rendered.Html);
            var header = page.QuerySelector("table th");
            Assert.Equal("2", header?.GetAttribute("colspan"));
            Assert.Null(header?.GetAttribute("style"));
            Assert.Null(page.QuerySelector("table")?.GetAttribute("class"));
            Assert.Null(page.QuerySelector("table")?.GetAttribute("id"));
            Assert.Equal(["Taux", "4", "10 %"], page.QuerySelectorAll("th, td").Select(c => c.TextContent));
            Assert.Contains("Taux", rendered.PlainText, StringComparison.Ordinal);
            Assert.Contains("10 %", rendered.PlainText, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("a <b>bold word", "<b>bold word</b>")]
        [InlineData("a </i>stray close", "a stray close")]
        [InlineData("x<sup>2", "<sup>2</sup>")]
        public void An_unclosed_or_stray_tag_is_closed_within_its_own_text(string markdown, string contains)
        {
            var html = Render(markdown).Html;

            Assert.Contains(contains, html, StringComparison.Ordinal);
            Assert.Equal(html.Split("<b>").Length, html.Split("</b>").Length);
        }

        [Theory]
        [InlineData("remplacé par une <virgule>.", "remplacé par une <virgule>.")]
        [InlineData("soit certifiées en tant que <semences de base> ou non", "soit certifiées en tant que <semences de base> ou non")]
        [InlineData("<div>un bloc</div>", "<div>un bloc</div>")]
        public void Any_other_tag_is_shown_as_the_words_it_is(string markdown, string shown)
        {
            var rendered = Render(markdown);

            Assert.Equal(shown, TextOf(rendered.Html).Trim());
            Assert.Equal(shown, rendered.PlainText);
        }
    }

    public class Text_nested_too_deeply
    {
        public static TheoryData<string> Bodies() =>
        [
            string.Concat(Enumerable.Repeat("- ", 10_000)) + "text",
            string.Concat(Enumerable.Repeat("> ", 10_000)) + "text",
        ];

        [Theory]
        [MemberData(nameof(Bodies))]
        public void Is_a_problem_and_is_shown_as_written(string markdown)
        {
            var rendered = Render(markdown);

            Assert.NotNull(rendered.Problem);
            Assert.Equal(markdown, TextOf(rendered.Html).Trim());
            Assert.Equal(markdown, rendered.PlainText);
        }

        public static TheoryData<string> Inlines() =>
        [
            new string('*', 50_000) + "x" + new string('*', 50_000),
            string.Concat(Enumerable.Repeat("*a _b ", 20_000)),
            new string('[', 100_000) + "x" + new string(']', 100_000),
            string.Concat(Enumerable.Repeat("[a](", 20_000)),
            string.Concat(Enumerable.Repeat("`", 100_000)),
            string.Concat(Enumerable.Repeat("<sup>", 50_000)) + "x",
        ];

        [Theory]
        [MemberData(nameof(Inlines))]
        public void Inline_nesting_keeps_every_word_without_exhausting_the_stack(string markdown)
        {
            var rendered = Render(markdown + "\n\nkept");

            HostileMarkdown.AssertInert(rendered.Html);
            Assert.Contains("kept", TextOf(rendered.Html), StringComparison.Ordinal);
            Assert.Contains("kept", rendered.PlainText, StringComparison.Ordinal);
        }
    }
}
