using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Grouping(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        private static SearchResults Grouped(SearchIndex index, string query, string? language = null, int page = 1, int pageSize = 20) =>
            index.Search(new SearchRequest(query, Language: language, Version: SearchRequest.AllVersions, Page: page, PageSize: pageSize, GroupByProvision: true));

        [Fact]
        public void All_versions_of_a_provision_make_one_row_that_tells_how_many_other_versions_match()
        {
            var results = Grouped(sample.Index, "temporary OR muveqqeti");

            var row = Assert.Single(results.Hits);
            Assert.Equal(("migration-code", "art_45"), (row.Slug, row.EId));
            Assert.Equal(1, row.OtherVersions);
            Assert.Equal(1, results.Total);
            Assert.Equal(4, results.Matches);
        }

        [Fact]
        public void A_provision_found_in_one_version_has_no_other_versions()
        {
            var results = Grouped(sample.Index, "permanent", language: "en");

            var row = Assert.Single(results.Hits);
            Assert.Equal(0, row.OtherVersions);
        }

        [Fact]
        public void Rows_are_paged_like_hits()
        {
            var everything = Grouped(sample.Index, "residence OR permit OR icaze").Hits.Select(h => $"{h.Slug}/{h.EId}").ToList();
            var paged = Enumerable.Range(1, everything.Count)
                .SelectMany(page => Grouped(sample.Index, "residence OR permit OR icaze", page: page, pageSize: 1).Hits)
                .Select(h => $"{h.Slug}/{h.EId}");

            Assert.Equal(3, everything.Count);
            Assert.Equal(everything, paged);
        }

        [Fact]
        public void A_renumbered_article_stays_one_row_by_its_stable_key_and_a_reused_number_does_not_join_it()
        {
            using var directory = new RAMDirectory();
            using (var writer = new SearchIndexWriter(directory))
            {
                writer.Add(Article("v1", 2013, "art_20", "registration-place-of-stay", "Registration at the place of stay within 3 days."));
                writer.Add(Article("v2", 2014, "art_21", "registration-place-of-stay", "Registration at the place of stay within 10 days."));
                writer.Add(Article("v2", 2014, "art_20", "temporary-stay", "Temporary stay and its registration."));
                writer.Commit();
            }
            using var index = SearchIndex.Open(directory);

            var rows = Grouped(index, "registration").Hits;

            Assert.Equal(2, rows.Count);
            Assert.Equal(1, rows.Single(r => r.EId == "art_21").OtherVersions);
            Assert.Equal(0, rows.Single(r => r.EId == "art_20").OtherVersions);
        }

        private static SearchEntry Article(string version, int year, string eId, string key, string text) =>
            new("code", InstrumentKind.Code, "Code", version, VersionStatus.InForce, Visibility.Public, new DateOnly(year, 1, 1),
                version == "v2", "en", eId, eId[4..], null, text)
            { ProvisionKey = key };
    }
}
