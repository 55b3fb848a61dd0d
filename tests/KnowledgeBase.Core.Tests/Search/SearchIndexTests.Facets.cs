using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Facets;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Facets(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        private static Dictionary<string, int> Counts(IReadOnlyList<FacetValue> facet) => facet.ToDictionary(f => f.Value, f => f.Count);

        [Fact]
        public void Each_filter_counts_the_hits_of_each_value()
        {
            var results = sample.Search("icaze");

            Assert.Equal(new Dictionary<string, int> { ["code"] = 2, ["procedure"] = 1 }, Counts(results.Facets.Kind));
            Assert.Equal(new Dictionary<string, int> { ["in-force"] = 2, ["draft"] = 1 }, Counts(results.Facets.Status));
            Assert.Equal(new Dictionary<string, int> { ["az"] = 3 }, Counts(results.Facets.Language));
            Assert.Equal(new Dictionary<string, int> { ["migration-code"] = 2, ["residence-permit-procedure"] = 1 }, Counts(results.Facets.Instrument));
        }

        [Theory]
        [InlineData("icaze OR permit")]
        [InlineData("residence OR yasamaq OR проживание")]
        [InlineData("registration")]
        public void Counts_of_a_filter_nobody_chose_add_up_to_the_matches(string query)
        {
            var results = sample.Search(query);

            Assert.All(
                new[] { results.Facets.Kind, results.Facets.Status, results.Facets.Language, results.Facets.Instrument },
                facet => Assert.Equal(results.Matches, facet.Sum(f => f.Count)));
            Assert.Equal(results.Total, results.Matches);
        }

        [Fact]
        public void Values_are_listed_with_the_most_hits_first()
        {
            var results = sample.Search("icaze OR permit");

            Assert.Equal(["az", "en"], results.Facets.Language.Select(f => f.Value));
            Assert.True(results.Facets.Language[0].Count > results.Facets.Language[1].Count);
        }

        [Fact]
        public void A_chosen_filter_still_counts_its_other_values_so_the_reader_can_switch()
        {
            var results = sample.Search("icaze OR permit", language: "en");

            Assert.Equal(new Dictionary<string, int> { ["az"] = 3, ["en"] = 2 }, Counts(results.Facets.Language));
            Assert.Equal(2, results.Total);
        }

        [Fact]
        public void Other_filters_count_only_the_hits_the_chosen_filter_leaves()
        {
            var results = sample.Search("icaze OR permit", language: "en");

            Assert.Equal(new Dictionary<string, int> { ["code"] = 2 }, Counts(results.Facets.Kind));
            Assert.Equal(new Dictionary<string, int> { ["migration-code"] = 2 }, Counts(results.Facets.Instrument));
        }

        [Fact]
        public void A_value_that_matches_nothing_leaves_no_hits_but_the_counts_show_what_would()
        {
            var results = sample.Search("icaze", kind: "law");

            Assert.Empty(results.Hits);
            Assert.Equal(new Dictionary<string, int> { ["code"] = 2, ["procedure"] = 1 }, Counts(results.Facets.Kind));
            Assert.Empty(results.Facets.Status);
        }

        [Fact]
        public void The_scope_limits_the_counts_too()
        {
            var newest = sample.Search("temporary OR muveqqeti");
            var all = sample.Search("temporary OR muveqqeti", version: SearchRequest.AllVersions);

            Assert.Equal(new Dictionary<string, int> { ["in-force"] = 2 }, Counts(newest.Facets.Status));
            Assert.Equal(new Dictionary<string, int> { ["in-force"] = 2, ["adopted"] = 2 }, Counts(all.Facets.Status));
        }

        [Fact]
        public void No_query_has_no_counts() =>
            Assert.Same(SearchFacets.None, sample.Search("").Facets);
    }
}
