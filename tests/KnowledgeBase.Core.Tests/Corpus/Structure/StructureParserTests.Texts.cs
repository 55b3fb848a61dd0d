namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Texts
    {
        [Fact]
        public void Keep_the_Markdown_exactly_as_written()
        {
            const string Own = """
                The fee is **20 manats**; see [the tariff](kb:tariffs/art_1).\
                It is paid once.

                | Permit | Fee |
                |---|---|
                | Temporary | 20 |
                """;

            var parsing = Parsing.Of("en", "### Article 12. Fees\n\n\n" + Own + "\n\n   \n### Article 13\n");

            Assert.Equal(Own, parsing["art_12"].Text);
            Assert.Equal("", parsing["art_13"].Text);
        }

        [Fact]
        public void Keep_the_indentation_of_a_code_block_they_start_with()
        {
            var parsing = Parsing.Of("en", "### Article 1\n\n    indented code\n");

            Assert.Equal("    indented code", parsing["art_1"].Text);
        }

        [Fact]
        public void Keep_line_endings_as_written()
        {
            var parsing = Parsing.Of("ru", "### Статья 1\r\n\r\nПервая строка.\r\nВторая строка.\r\n\r\n1.1. Пункт.\r\n");

            Assert.Equal("Первая строка.\r\nВторая строка.", parsing["art_1"].Text);
            Assert.Equal("Пункт.", parsing["art_1__para_1"].Text);
        }

        [Fact]
        public void Know_the_file_lines_of_their_heading_and_of_their_text()
        {
            var parsing = Parsing.Of("en", """
                # Migration Code

                A preamble line.

                ## Section I. General
                ### Article 1. Scope


                Text of article 1.

                1.1. Part text.

                ### Article 2
                """, firstLine: 6);

            (string EId, int Line, int TextLine)[] expected =
            [
                ("preamble", 8, 8),
                ("sec_1", 10, 11),
                ("art_1", 11, 14),
                ("art_1__para_1", 16, 16),
                ("art_2", 18, 19),
            ];
            Assert.Equal(expected, parsing.All.Select(p => (p.EId, p.Line, p.TextLine)));
        }

        [Fact]
        public void Of_a_setext_heading_start_after_its_underline()
        {
            var parsing = Parsing.Of("en", "Article 5. Fees\n---------------\nThe fee is paid once.\n");

            Assert.Equal(["Article art_5 [5] Fees"], parsing.Outline);
            Assert.Equal((1, 3), (parsing["art_5"].Line, parsing["art_5"].TextLine));
            Assert.Equal("The fee is paid once.", parsing["art_5"].Text);
        }
    }
}
