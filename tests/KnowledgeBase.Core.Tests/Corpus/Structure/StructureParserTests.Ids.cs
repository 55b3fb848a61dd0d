namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public partial class StructureParserTests
{
    public class Ids
    {
        [Fact]
        public void Chapters_numbered_again_in_each_section_carry_their_section_id()
        {
            var parsing = Parsing.Of("az", """
                ## I bölmə
                ### Fəsil 1
                ### Maddə 1
                ### Fəsil 2
                ### Maddə 2
                ## II bölmə
                ### Fəsil 1
                ### Maddə 3
                ### Fəsil 2
                ### Maddə 4
                """);

            Assert.Equal(
                ["sec_1", "chp_1", "art_1", "chp_2", "art_2", "sec_2", "sec_2__chp_1", "art_3", "sec_2__chp_2", "art_4"],
                parsing.All.Select(p => p.EId));
            Assert.Empty(parsing.Messages);
        }

        [Fact]
        public void A_repeated_article_number_is_a_warning_and_the_later_article_is_told_apart()
        {
            var parsing = Parsing.Of("en", """
                ### Article 80. Fees

                80.1. A fee is charged.

                ### Article 80. Fees again

                80.1. The second text is kept.

                ### Article 80
                """, firstLine: 5);

            Assert.Equal(
                ["Article art_80 [80] Fees", "  Paragraph art_80__para_1 [80.1]", "Article art_80-2 [80] Fees again", "  Paragraph art_80-2__para_1 [80.1]", "Article art_80-3 [80]"],
                parsing.Outline);
            Assert.Equal("The second text is kept.", parsing["art_80-2__para_1"].Text);
            Assert.Equal(
                [
                    "9: warning KB102: article 80 is repeated: its id 'art_80' is taken, so this one is given 'art_80-2'",
                    "13: warning KB102: article 80 is repeated: its id 'art_80' is taken, so this one is given 'art_80-3'",
                ],
                parsing.Messages);
        }

        [Fact]
        public void A_repeated_part_number_is_a_warning_and_the_later_part_is_told_apart()
        {
            var parsing = Parsing.Of("az", """
                ### Maddə 45

                45.1. Birinci bənd.

                45.1. Təkrarlanan nömrə ilə bənd.
                """);

            Assert.Equal(["Article art_45 [45]", "  Paragraph art_45__para_1 [45.1]", "  Paragraph art_45__para_1-2 [45.1]"], parsing.Outline);
            Assert.Equal("Təkrarlanan nömrə ilə bənd.", parsing["art_45__para_1-2"].Text);
            Assert.Equal(["5: warning KB102: part 45.1 of article 45 is repeated: its id 'art_45__para_1' is taken, so this one is given 'art_45__para_1-2'"], parsing.Messages);
        }

        [Theory]
        [InlineData("## Section I\n## Section 1", "sec_1", "sec_1-2", "2: warning KB102: section 1 is repeated: its id 'sec_1' is taken, so this one is given 'sec_1-2'")]
        [InlineData("## Chapter 4\n## Chapter 4", "chp_4", "chp_4-2", "2: warning KB102: chapter 4 is repeated: its id 'chp_4' is taken, so this one is given 'chp_4-2'")]
        [InlineData("## Section I\n### Chapter 4\n### Chapter 4\n### Chapter 4", "sec_1__chp_4", "sec_1__chp_4-2", "4: warning KB102: chapter 4 is repeated: its id 'sec_1__chp_4' is taken, so this one is given 'sec_1__chp_4-2'")]
        public void Repeated_sections_and_chapters_are_told_apart_too(string body, string earlierId, string laterId, string warning)
        {
            var parsing = Parsing.Of("en", body);

            Assert.Equal([earlierId, laterId], parsing.All.Select(p => p.EId).TakeLast(2));
            Assert.Equal([warning], parsing.Messages);
        }

        [Fact]
        public void Ids_stay_unique_when_a_told_apart_id_meets_a_real_number()
        {
            var parsing = Parsing.Of("en", """
                ### Article 80
                ### Article 80
                ### Article 80-2
                80-2.1. A part.
                ### Article 80-2
                """);

            var ids = parsing.All.Select(p => p.EId).ToList();

            Assert.Equal(["art_80", "art_80-2", "art_80-2-2", "art_80-2-2__para_1", "art_80-2-3"], ids);
        }

        [Fact]
        public void Thousands_of_repeated_numbers_still_get_unique_ids()
        {
            var body = string.Concat(Enumerable.Repeat("### Article 1\n\n1.1. Text.\n\n1.1. Text.\n\n", 3000));

            var parsing = Parsing.Of("en", body);

            var ids = parsing.All.Select(p => p.EId).ToList();
            Assert.Equal(9000, ids.Count);
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(2999 + 3000, parsing.Diagnostics.Count(Core.Diagnostics.Severity.Warning));
        }
    }
}
