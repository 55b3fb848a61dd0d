using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Cost
    {
        [Fact]
        public void A_prefix_that_stands_for_too_many_words_is_refused()
        {
            var words = Enumerable.Range(0, BooleanQuery.MaxClauseCount + 10).Select(n => $"ab{n:D5}");
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                writer.Add(new SearchEntry("word-list", InstrumentKind.Order, "Word list", "v1", VersionStatus.Draft, Visibility.Public,
                    new DateOnly(2024, 1, 1), true, "en", "sec_1", "1", null, string.Join(' ', words)));
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);

            var error = Assert.Throws<InvalidSearchQueryException>(() => index.Search(new SearchRequest("ab*")));

            Assert.Contains("type more letters", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, index.Search(new SearchRequest("ab0000*")).Total);
        }
    }

    public sealed class Bounds(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Fact]
        public void A_query_of_a_hundred_thousand_characters_is_refused_before_it_is_parsed()
        {
            var error = Assert.Throws<InvalidSearchQueryException>(() => sample.Search(new string('a', 100_000)));

            Assert.Contains("100,000 characters", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_query_of_five_hundred_wildcard_words_is_refused() =>
            Assert.Throws<InvalidSearchQueryException>(() => sample.Search(string.Join(' ', Enumerable.Repeat("a*", 500))));

        [Fact]
        public void More_wildcard_words_than_the_limit_are_refused_even_in_a_short_query()
        {
            var query = string.Join(" OR ", Enumerable.Range(0, QueryLimitsMaxExpanded + 1).Select(n => $"pe{(char)('a' + n)}*"));

            var error = Assert.Throws<InvalidSearchQueryException>(() => sample.Search(query));

            Assert.Contains("*, ? or ~", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Wildcard_words_up_to_the_limit_are_run()
        {
            var query = string.Join(" OR ", Enumerable.Range(0, QueryLimitsMaxExpanded).Select(_ => "perm*"));

            Assert.Equal(2, sample.Search(query, language: "en").Total);
        }

        [Fact]
        public void More_words_than_the_limit_are_refused()
        {
            var query = string.Join(' ', Enumerable.Range(0, Core.Search.Querying.QueryLimits.MaxWords + 1).Select(n => "w" + n));

            Assert.Throws<InvalidSearchQueryException>(() => sample.Search(query));
        }

        private const int QueryLimitsMaxExpanded = Core.Search.Querying.QueryLimits.MaxExpandedWords;
    }

    public sealed class Concurrency(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        [Fact]
        public void Concurrent_searches_agree_with_one_another()
        {
            string[] queries = ["icaze", "permits", "разрешения", "\"temporary residence\"", "icaz*", "fees"];
            var expected = queries.Select(q => Found(sample.Search(q))).ToArray();

            Parallel.For(0, 200, i =>
            {
                var query = i % queries.Length;
                Assert.Equal(expected[query], Found(sample.Search(queries[query])));
            });
        }
    }
}
