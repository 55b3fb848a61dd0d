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
