namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Typos(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("temporery", "temporary")]
        [InlineData("residense permit", "residence permit")]
        [InlineData("pernament", "permanent")]
        [InlineData("müvəqəti", "muveqqeti")]
        [InlineData("гражданствa", "гражданства")]
        public void A_query_that_finds_little_is_offered_the_nearest_words_of_the_index(string query, string suggestion) =>
            Assert.Equal(suggestion, sample.Search(query).DidYouMean);

        [Theory]
        [InlineData("temporery", new[] { NewEn45 })]
        [InlineData("residense permit", new[] { NewEn45, NewEn46 })]
        public void A_query_that_finds_little_is_retried_with_fuzzy_words(string query, string[] expected)
        {
            var results = sample.Search(query, language: "en");

            Assert.True(results.Fuzzy);
            Assert.Equal(Sorted(expected), Found(results));
        }

        [Theory]
        [InlineData("temporary residence")]
        [InlineData("icaze")]
        [InlineData("icaze yasamaq")]
        [InlineData("icaza")]
        [InlineData("extending")]
        [InlineData("\"temporery residence\"")]
        public void A_query_that_finds_enough_or_uses_syntax_is_left_as_typed(string query)
        {
            var results = sample.Search(query);

            Assert.False(results.Fuzzy);
            Assert.Null(results.DidYouMean);
        }

        [Fact]
        public void Nothing_is_offered_when_no_word_of_the_index_is_near() =>
            Assert.Null(sample.Search("xyzzyqwv").DidYouMean);
    }
}
