namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Divisions
    {
        [Fact]
        public void Are_opened_by_keyed_headings_and_nest_by_level()
        {
            var parsing = Parsing.Of("en", """
                # Applying for a temporary residence permit

                Who may apply and how.

                ## Documents required {#documents}

                - a passport;
                - two photographs.

                ### For children {#children}

                A birth certificate.

                ## Fees {#fees}

                20 manats.

                ## Where to apply

                At any service centre.
                """);

            Assert.Equal(
                [
                    "Preamble preamble",
                    "Division documents Documents required {#documents}",
                    "  Division children For children {#children}",
                    "Division fees Fees {#fees}",
                ],
                parsing.Outline);
            Assert.Equal("- a passport;\n- two photographs.", parsing["documents"].Text);
            Assert.Equal("20 manats.\n\n## Where to apply\n\nAt any service centre.", parsing["fees"].Text);
        }

        [Fact]
        public void Sit_in_sections_and_chapters_but_hold_no_articles()
        {
            var parsing = Parsing.Of("az", """
                ## I bölmə
                ### Keçid qaydaları {#transitional}
                Keçid dövründə köhnə icazələr qüvvədə qalır.
                ### Maddə 1
                """);

            Assert.Equal(["Section sec_1 [I]", "  Division transitional Keçid qaydaları {#transitional}", "  Article art_1 [1]"], parsing.Outline);
        }

        [Fact]
        public void Are_text_when_their_heading_stands_below_an_article()
        {
            var parsing = Parsing.Of("en", """
                ### Article 5. Fees
                #### Exemptions {#exemptions}
                Children pay nothing.
                ## Exemptions {#exemptions}
                """);

            Assert.Equal(["Article art_5 [5] Fees", "Division exemptions Exemptions {#exemptions}"], parsing.Outline);
            Assert.Equal("#### Exemptions {#exemptions}\nChildren pay nothing.", parsing["art_5"].Text);
            Assert.Empty(parsing.Messages);
        }

        [Fact]
        public void Whose_key_is_an_id_already_given_are_told_apart()
        {
            var parsing = Parsing.Of("en", "Opening words.\n\n## Preamble {#preamble}\n");

            Assert.Equal(["Preamble preamble", "Division preamble-2 Preamble {#preamble}"], parsing.Outline);
            Assert.Equal(["3: error KB005: the id 'preamble' is already taken; this division is given the id 'preamble-2'"], parsing.Messages);
        }
    }
}
