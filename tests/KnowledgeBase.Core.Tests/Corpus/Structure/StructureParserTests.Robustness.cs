using System.Text;
using KnowledgeBase.Core.Diagnostics;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Robustness
    {
        private static readonly string[] Fragments =
        [
            "### Article 1", "## Section II", "# Chapter 3", "### Maddə 10-1.", "### 21-ci maddə", "## III bölmə", "### Статья 45",
            "1.1. ", "1.1.1. ", "45.1.3-1. ", "- ", "1. ", "  ", "    ", "> ", "```", "~~~", "<div>", "<!--", "-->", "{#key}", "{#Bad key}",
            "{#", "}", "#", "---", "===", "|a|b|", "\t", "\r", "\r\n", "\n", "\n\n", "\0", "\uD800", "ə", "İ", "text", "[x](kb:a/b)", "*", "_",
        ];

        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("\n\n\t\n")]
        [InlineData("#")]
        [InlineData("{#")]
        [InlineData("### Article")]
        [InlineData("### Article 1 {#}")]
        [InlineData("\0\0\0")]
        [InlineData("\uD800\uDFFF\uDFFF")]
        [InlineData("```")]
        [InlineData("<!--")]
        [InlineData("\r\r\r### Maddə 1\r1.1. a\r1.2. b")]
        [InlineData("### Article 1\n1.1.\n\n1.1.\n\n1.1.\n\n1.1.1.1.1.")]
        public void Odd_bodies_are_read_without_an_exception(string body)
        {
            var parsing = Parsing.Of("en", body);

            AssertSound(body, parsing);
        }

        [Fact]
        public void Random_bodies_are_read_without_an_exception()
        {
            var random = new Random(20130701);
            for (var document = 0; document < 300; document++)
            {
                var body = new StringBuilder();
                for (var i = random.Next(60); i > 0; i--)
                    body.Append(Fragments[random.Next(Fragments.Length)]);
                var text = body.ToString();

                AssertSound(text, Parsing.Of(random.Next(2) == 0 ? "en" : "az", text, firstLine: 3));
            }
        }

        public static TheoryData<string> DeeplyNested => new()
        {
            string.Concat(Enumerable.Repeat("- ", 10_000)) + "45.1. text",
            string.Concat(Enumerable.Repeat("1. ", 10_000)) + "text",
            string.Concat(Enumerable.Repeat("> ", 10_000)) + "### Article 1",
            "### Article 1\n\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- 1.1. item\n")),
        };

        [Theory]
        [MemberData(nameof(DeeplyNested))]
        public void Ten_thousand_nested_list_items_are_an_error_that_keeps_the_text(string body)
        {
            var parsing = Parsing.Of("en", body);

            Assert.Equal(["Preamble preamble"], parsing.Outline);
            Assert.Equal(body.Trim(), parsing["preamble"].Text);
            var error = Assert.Single(parsing.Diagnostics.Sorted());
            Assert.Equal((Severity.Error, DiagnosticCodes.UnreadableFile, 1), (error.Severity, error.Code, error.Line));
        }

        [Fact]
        public void Part_numbers_nest_as_deep_as_they_go()
        {
            var body = new StringBuilder("### Article 1\n\n");
            var num = "1";
            for (var level = 0; level < 16; level++)
            {
                num += ".1";
                body.Append(num).Append(". Level ").Append(level + 1).Append(".\n\n");
            }

            var parsing = Parsing.Of("en", body.ToString());

            var deepest = parsing.All.Last();
            Assert.Equal(17, parsing.All.Count());
            Assert.Equal("art_1__para_1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", deepest.EId);
            Assert.Equal(16, parsing.Outline[^1].TakeWhile(c => c == ' ').Count() / 2);
        }

        // What must hold for any body: unique ids, texts cut from the body, lines inside the file.
        private static void AssertSound(string body, Parsing parsing)
        {
            var all = parsing.All.ToList();
            Assert.Equal(all.Count, all.Select(p => p.EId).Distinct(StringComparer.Ordinal).Count());
            var lastLine = 3 + body.Count(c => c == '\n') + body.Count(c => c == '\r');
            foreach (var provision in all)
            {
                Assert.Contains(provision.Text, body, StringComparison.Ordinal);
                Assert.InRange(provision.Line, 1, lastLine);
                Assert.InRange(provision.TextLine, provision.Line, lastLine + 1);
            }
        }
    }
}
