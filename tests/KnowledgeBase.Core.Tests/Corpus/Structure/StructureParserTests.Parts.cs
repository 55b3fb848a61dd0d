namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Parts
    {
        [Fact]
        public void Nest_by_their_numbers()
        {
            var parsing = Parsing.Of("az", """
                ### Maddə 45. Müvəqqəti yaşamaq üçün icazə

                45.1. Birinci bənd.

                45.1.1. Birinci yarımbənd.

                45.1.2. İkinci yarımbənd.

                45.1.2-1. Əlavə edilmiş yarımbənd.

                45.2. İkinci bənd.

                45.2.3.1. Aralıq nömrəsi olmayan yarımbənd.
                """);

            Assert.Equal(
                [
                    "Article art_45 [45] Müvəqqəti yaşamaq üçün icazə",
                    "  Paragraph art_45__para_1 [45.1]",
                    "    Paragraph art_45__para_1.1 [45.1.1]",
                    "    Paragraph art_45__para_1.2 [45.1.2]",
                    "    Paragraph art_45__para_1.2-1 [45.1.2-1]",
                    "  Paragraph art_45__para_2 [45.2]",
                    "    Paragraph art_45__para_2.3.1 [45.2.3.1]",
                ],
                parsing.Outline);
        }

        [Fact]
        public void Nest_only_in_parts_still_open_so_that_children_follow_their_parent()
        {
            var parsing = Parsing.Of("en", """
                ### Article 7
                7.1. First.

                7.2. Second.

                7.1.1. Numbered as if it belonged to 7.1.
                """);

            Assert.Equal(
                ["Article art_7 [7]", "  Paragraph art_7__para_1 [7.1]", "  Paragraph art_7__para_2 [7.2]", "  Paragraph art_7__para_1.1 [7.1.1]"],
                parsing.Outline);
        }

        [Theory]
        [InlineData("- 3.0.1. əcnəbi — vətəndaşı olmayan şəxs;\n- 3.0.2. qaçqın — sığınacaq almış şəxs.")]
        [InlineData("1. 3.0.1. əcnəbi — vətəndaşı olmayan şəxs;\n2. 3.0.2. qaçqın — sığınacaq almış şəxs.")]
        [InlineData("3.0.1. əcnəbi — vətəndaşı olmayan şəxs;\n\n3.0.2) qaçqın — sığınacaq almış şəxs.")]
        [InlineData("- 3.0.1. əcnəbi — vətəndaşı olmayan şəxs;\n  - 3.0.2. qaçqın — sığınacaq almış şəxs.")]
        public void Are_paragraphs_or_list_items(string parts)
        {
            var parsing = Parsing.Of("az", "### Maddə 3. Əsas anlayışlar\n\n" + parts);

            Assert.Equal(["Article art_3 [3] Əsas anlayışlar", "  Paragraph art_3__para_0.1 [3.0.1]", "  Paragraph art_3__para_0.2 [3.0.2]"], parsing.Outline);
            Assert.Equal("əcnəbi — vətəndaşı olmayan şəxs;", parsing["art_3__para_0.1"].Text);
            Assert.Equal("qaçqın — sığınacaq almış şəxs.", parsing["art_3__para_0.2"].Text);
        }

        [Fact]
        public void Hold_the_text_that_follows_them_until_the_next_number()
        {
            var parsing = Parsing.Of("en", """
                ### Article 45. Permit

                The permit is issued by the Service.

                45.1. The application lists:

                1. the passport;
                2. a photograph.

                A copy is enough.

                45.2. The permit is issued within a month.
                """);

            Assert.Equal(["Article art_45 [45] Permit", "  Paragraph art_45__para_1 [45.1]", "  Paragraph art_45__para_2 [45.2]"], parsing.Outline);
            Assert.Equal("The permit is issued by the Service.", parsing["art_45"].Text);
            Assert.Equal("The application lists:\n\n1. the passport;\n2. a photograph.\n\nA copy is enough.", parsing["art_45__para_1"].Text);
        }

        [Theory]
        [InlineData("### Chapter 1\n\n1.1. A chapter has no parts.", "Chapter chp_1 [1]")]
        [InlineData("1.1. The preamble has no parts.\n\n### Article 1", "Preamble preamble")]
        [InlineData("### Article 1\n\n> 1.1. A quoted number.", "Article art_1 [1]")]
        [InlineData("### Article 1\n\nText\n1.1. continues the paragraph.", "Article art_1 [1]")]
        [InlineData("### Article 1\n\n```\n1.1. A fenced code block.\n```", "Article art_1 [1]")]
        public void Are_found_only_where_an_article_paragraph_starts(string body, string provisionWithTheNumber)
        {
            var parsing = Parsing.Of("en", body);

            Assert.DoesNotContain(parsing.All, p => p.Kind == Model.ProvisionKind.Paragraph);
            Assert.Contains(provisionWithTheNumber, parsing.Outline);
            Assert.Contains(parsing.All, p => p.Text.Contains("1.1.", StringComparison.Ordinal));
        }

        [Fact]
        public void Start_their_text_on_the_next_line_when_the_number_stands_alone()
        {
            var parsing = Parsing.Of("en", "### Article 1\n\n- 1.2.\n  The text of the part.\n");

            Assert.Equal("The text of the part.", parsing["art_1__para_2"].Text);
            Assert.Equal(3, parsing["art_1__para_2"].Line);
            Assert.Equal(4, parsing["art_1__para_2"].TextLine);
        }
    }
}
