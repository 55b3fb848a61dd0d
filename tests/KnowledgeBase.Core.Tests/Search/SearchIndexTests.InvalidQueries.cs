using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class InvalidQueries(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Theory]
        [InlineData("\"residence permit", "quotation mark")]
        [InlineData("(residence OR permit", "parentheses")]
        [InlineData("residence)", "parentheses")]
        [InlineData("AND", "between words")]
        [InlineData("residence AND", "between words")]
        [InlineData("OR permit", "between words")]
        [InlineData("residence NOT", "between words")]
        [InlineData("*mit", "cannot start with *")]
        [InlineData("?ermit", "cannot start with *")]
        [InlineData("*", "cannot start with *")]
        [InlineData("residence^", "could not be read")]
        [InlineData("[a TO", "could not be read")]
        [InlineData("permit\\", "could not be read")]
        [InlineData("+", "could not be read")]
        public void Malformed_syntax_is_refused_with_a_reason(string query, string reason)
        {
            var error = Assert.Throws<InvalidSearchQueryException>(() => sample.Search(query));

            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Malformed_syntax_is_refused_even_in_a_language_the_index_lacks() =>
            Assert.Throws<InvalidSearchQueryException>(() => sample.Search("\"residence", language: "fr"));

        [Fact]
        public void A_query_over_a_thousand_characters_is_refused()
        {
            var error = Assert.Throws<InvalidSearchQueryException>(() => sample.Search(string.Join(' ', Enumerable.Repeat("permit", 150))));

            Assert.Contains("1,000", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_query_of_a_thousand_characters_is_run() =>
            sample.Search(string.Concat(Enumerable.Repeat("permit ", 142)) + "permi");
    }
}
