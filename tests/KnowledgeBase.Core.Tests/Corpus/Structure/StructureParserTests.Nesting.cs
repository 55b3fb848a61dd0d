namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Nesting
    {
        public static TheoryData<string, string, string[]> Documents => new()
        {
            {
                "en",
                """
                ### Article 1. Scope

                ### Article 2. Terms
                """,
                ["Article art_1 [1] Scope", "Article art_2 [2] Terms"]
            },
            {
                "en",
                """
                ## Section I. General

                ### Article 1. Scope

                ### Chapter 1. Entry

                ### Article 2. Visas
                """,
                ["Section sec_1 [I] General", "  Article art_1 [1] Scope", "  Chapter chp_1 [1] Entry", "    Article art_2 [2] Visas"]
            },
            {
                "en",
                """
                # Section I

                #### Chapter 1

                ## Article 1

                # Section II

                ### Article 2
                """,
                ["Section sec_1 [I]", "  Chapter chp_1 [1]", "    Article art_1 [1]", "Section sec_2 [II]", "  Article art_2 [2]"]
            },
            {
                "az",
                """
                ## Fəsil 1. Giriş

                ### Maddə 1

                ## Fəsil 2. Çıxış

                ### Maddə 2
                """,
                ["Chapter chp_1 [1] Giriş", "  Article art_1 [1]", "Chapter chp_2 [2] Çıxış", "  Article art_2 [2]"]
            },
            {
                "ru",
                """
                ## Раздел I. Общие положения

                ### Глава 1. Основные понятия

                ### Статья 1. Понятия

                ## Раздел II

                ### Статья 2. Въезд
                """,
                ["Section sec_1 [I] Общие положения", "  Chapter chp_1 [1] Основные понятия", "    Article art_1 [1] Понятия", "Section sec_2 [II]", "  Article art_2 [2] Въезд"]
            },
        };

        [Theory]
        [MemberData(nameof(Documents))]
        public void Follows_the_kind_of_provision_not_the_heading_level(string language, string body, string[] outline)
        {
            Assert.Equal(outline, Parsing.Of(language, body).Outline);
        }

        [Fact]
        public void A_heading_that_is_not_structure_stays_in_the_text_of_the_provision_it_stands_in()
        {
            var parsing = Parsing.Of("en", """
                ### Article 12. Fees

                #### Exemptions

                Children pay no fee.
                """);

            Assert.Equal(["Article art_12 [12] Fees"], parsing.Outline);
            Assert.Equal("#### Exemptions\n\nChildren pay no fee.", parsing["art_12"].Text);
        }
    }
}
