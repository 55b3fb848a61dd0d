using KnowledgeBase.Core.Search.Answers;

namespace KnowledgeBase.Core.Tests.Search.Answers;

public sealed class CitationQueryTests
{
    public sealed class Recognizes
    {
        [Theory]
        [InlineData("article 45.1.3", "45.1.3", "en", "", "art_45", "art_45__para_1.3")]
        [InlineData("art 45", "45", "en", "", "art_45", null)]
        [InlineData("art. 45", "45", "en", "", "art_45", null)]
        [InlineData("Article 10-1", "10-1", "en", "", "art_10-1", null)]
        [InlineData("article 45.1.3-1", "45.1.3-1", "en", "", "art_45", "art_45__para_1.3-1")]
        [InlineData("maddə 45", "45", "az", "", "art_45", null)]
        [InlineData("MADDƏ 45", "45", "az", "", "art_45", null)]
        [InlineData("45.1.3-cü maddə", "45.1.3", "az", "", "art_45", "art_45__para_1.3")]
        [InlineData("21-ci maddəsi", "21", "az", "", "art_21", null)]
        [InlineData("Miqrasiya Məcəlləsinin 23-cü maddəsi", "23", "az", "miqrasiya mecellesinin", "art_23", null)]
        [InlineData("статья 45", "45", "ru", "", "art_45", null)]
        [InlineData("ст. 45", "45", "ru", "", "art_45", null)]
        [InlineData("статья 45 Миграционного кодекса", "45", "ru", "миграционного кодекса", "art_45", null)]
        [InlineData("Migration Code 21", "21", null, "migration code", "art_21", null)]
        [InlineData("article 21 of the Migration Code", "21", "en", "migration code", "art_21", null)]
        public void A_number_with_a_word_for_article_or_an_instrument(
            string query, string number, string? language, string instrumentWords, string articleEId, string? partEId)
        {
            var citation = CitationQuery.Recognize(query);

            Assert.NotNull(citation);
            Assert.Equal(number, citation.Number);
            Assert.Equal(language, citation.Language);
            Assert.Equal(instrumentWords, string.Join(' ', citation.InstrumentWords));
            Assert.Equal(articleEId, citation.ArticleEId);
            Assert.Equal(partEId, citation.PartEId);
        }
    }

    public sealed class Leaves_alone
    {
        [Theory]
        [InlineData("45")]
        [InlineData("article")]
        [InlineData("residence permit")]
        [InlineData("article 45 and 46")]
        [InlineData("icaz*")]
        [InlineData("how long is a temporary residence permit valid under article 45 of the code")]
        public void Anything_that_is_not_one_citation(string query) =>
            Assert.Null(CitationQuery.Recognize(query));
    }
}
