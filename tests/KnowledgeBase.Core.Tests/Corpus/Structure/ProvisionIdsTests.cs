using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public class ProvisionIdsTests
{
    public class Ids
    {
        [Theory]
        [InlineData("II", "sec_2")]
        [InlineData("2", "sec_2")]
        [InlineData("2.1", "sec_2.1")]
        [InlineData("III-1", "sec_3-1")]
        public void Of_sections_write_roman_numerals_in_arabic(string num, string id)
        {
            Assert.Equal(id, ProvisionIds.Section(num));
        }

        [Theory]
        [InlineData("3", "chp_3")]
        [InlineData("XIV", "chp_14")]
        public void Of_chapters_carry_their_number(string num, string id)
        {
            Assert.Equal(id, ProvisionIds.Chapter(num));
        }

        [Fact]
        public void Of_chapters_that_restart_in_a_section_carry_the_section_id()
        {
            Assert.Equal("sec_2__chp_1", ProvisionIds.Chapter("sec_2", "1"));
        }

        [Theory]
        [InlineData("45", "art_45")]
        [InlineData("10-1", "art_10-1")]
        [InlineData("487bis", "art_487bis")]
        [InlineData("18B", "art_18b")]
        [InlineData("5а", "art_5а")]
        public void Of_articles_keep_dots_hyphens_and_letters_in_lower_case(string num, string id)
        {
            Assert.Equal(id, ProvisionIds.Article(num));
        }

        [Theory]
        [InlineData("L. 121-1", "art_l121-1")]
        [InlineData("L121-1", "art_l121-1")]
        [InlineData("R. 12", "art_r12")]
        [InlineData("298⁴", "art_298_4")]
        [InlineData("10²-1", "art_10_2-1")]
        [InlineData("A", "art_a")]
        [InlineData("C", "art_c")]
        [InlineData("V", "art_5")]
        [InlineData("1er", "art_1er")]
        [InlineData("UNIQUE", "art_unique")]
        public void Of_articles_in_converted_texts_keep_code_letters_and_superscripts_apart(string num, string id)
        {
            Assert.Equal(id, ProvisionIds.Article(num));
        }

        [Fact]
        public void Of_sections_that_restart_in_a_section_carry_its_id()
        {
            Assert.Equal("sec_1__sec_2", ProvisionIds.Section("sec_1", "II"));
        }

        [Theory]
        [InlineData("art_45", "1.3-1", "art_45__para_1.3-1")]
        [InlineData("art_3", "0.1", "art_3__para_0.1")]
        [InlineData("art_80-2", "1", "art_80-2__para_1")]
        public void Of_parts_join_the_article_id_and_the_rest_of_the_number(string article, string rest, string id)
        {
            Assert.Equal(id, ProvisionIds.Part(article, rest));
        }
    }
}
