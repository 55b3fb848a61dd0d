namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Title_and_preamble
    {
        [Theory]
        [InlineData("# Migration Code\n\n## Article 1", "Migration Code", "Article art_1 [1]")]
        [InlineData("# Migration Code\n\nOpening words.\n\n## Article 1", "Migration Code", "Preamble preamble")]
        [InlineData("# Migration Code {#Code}\n\n## Article 1", "Migration Code", "Article art_1 [1]")]
        [InlineData("# Article 1\n\nText.", null, "Article art_1 [1]")]
        [InlineData("# Migration Code {#code}\n\nText.", null, "Division code Migration Code {#code}")]
        [InlineData("Opening words.\n\n# Migration Code\n\n## Article 1", null, "Preamble preamble")]
        [InlineData("## Migration Code\n\n## Article 1", null, "Preamble preamble")]
        public void The_title_is_a_first_level_one_heading_that_opens_no_provision(string body, string? title, string first)
        {
            var parsing = Parsing.Of("en", body);

            Assert.Equal(title, parsing.Result.Title);
            Assert.Equal(first, parsing.Outline[0]);
        }

        [Fact]
        public void Text_before_the_first_provision_is_the_preamble()
        {
            var parsing = Parsing.Of("az", """
                # Miqrasiya Məcəlləsi

                Bu Məcəllə miqrasiya münasibətlərini tənzimləyir.

                # Birinci hissə

                Giriş sözləri.

                ### Maddə 1
                """, firstLine: 4);

            var preamble = parsing["preamble"];
            Assert.Equal("Bu Məcəllə miqrasiya münasibətlərini tənzimləyir.\n\n# Birinci hissə\n\nGiriş sözləri.", preamble.Text);
            Assert.Equal((Model.ProvisionKind.Preamble, "", 6, 6), (preamble.Kind, preamble.Num, preamble.Line, preamble.TextLine));
        }

        [Theory]
        [InlineData("Only words, no headings at all.", "Only words, no headings at all.")]
        [InlineData("\n\n  Indented words.\n\n", "  Indented words.")]
        public void A_body_without_provisions_is_all_preamble(string body, string text)
        {
            var parsing = Parsing.Of("ru", body);

            Assert.Equal(["Preamble preamble"], parsing.Outline);
            Assert.Equal(text, parsing["preamble"].Text);
        }

        [Theory]
        [InlineData("")]
        [InlineData(" \n\t\n")]
        [InlineData("# Migration Code\n\n")]
        [InlineData("# Migration Code\n\n## Article 1")]
        public void Blank_text_makes_no_preamble(string body)
        {
            Assert.DoesNotContain(Parsing.Of("en", body).All, p => p.EId == "preamble");
        }
    }
}
