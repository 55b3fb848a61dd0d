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
        public void Malformed_syntax_falls_back_to_its_plain_words_and_says_why(string query, string reason)
        {
            var results = sample.Search(query);

            Assert.Contains(reason, results.SyntaxProblem, StringComparison.Ordinal);
            Assert.DoesNotContain(results.SearchedText, c => "\"()[]*?^\\+".Contains(c, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("\"residence permit", new[] { NewEn45, NewEn46 })]
        [InlineData("(temporary OR", new[] { NewEn45 })]
        [InlineData("*residence", new[] { NewEn45, NewEn46 })]
        [InlineData("permanent AND", new[] { NewEn46 })]
        public void The_plain_words_of_a_malformed_query_find_what_they_would_alone(string query, string[] expected)
        {
            var results = sample.Search(query, language: "en");

            Assert.NotNull(results.SyntaxProblem);
            Assert.Equal(Sorted(expected), Found(results));
        }

        [Fact]
        public void A_well_formed_query_has_no_syntax_problem() =>
            Assert.Null(sample.Search("\"temporary residence\" OR permanent").SyntaxProblem);

        [Fact]
        public void A_query_of_syntax_alone_finds_nothing_and_says_why()
        {
            var results = sample.Search("+");

            Assert.Equal(0, results.Total);
            Assert.NotNull(results.SyntaxProblem);
        }

        [Fact]
        public void Malformed_syntax_falls_back_even_in_a_language_the_index_lacks() =>
            Assert.NotNull(sample.Search("\"residence", language: "fr").SyntaxProblem);

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
