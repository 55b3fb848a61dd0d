using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class Paging(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        private SearchResults Page(int page, int pageSize = 2) =>
            sample.Search("residence", language: "en", version: "all", page: page, pageSize: pageSize);

        [Theory]
        [InlineData(1, 2)]
        [InlineData(2, 1)]
        [InlineData(3, 0)]
        public void Each_page_holds_its_share_and_the_total_of_all(int page, int hitsOnPage)
        {
            var results = Page(page);

            Assert.Equal(3, results.Total);
            Assert.Equal(hitsOnPage, results.Hits.Count);
        }

        [Fact]
        public void Pages_together_hold_every_hit_once_in_rank_order()
        {
            var everything = Page(1, pageSize: 20).Hits.Select(Address);
            var paged = Page(1).Hits.Concat(Page(2).Hits).Select(Address);

            Assert.Equal(everything, paged);
        }

        [Theory]
        [InlineData(0, 20)]
        [InlineData(-1, 20)]
        [InlineData(1, 0)]
        [InlineData(1, 101)]
        [InlineData(501, 20)]
        public void A_page_out_of_range_is_refused(int page, int pageSize) =>
            Assert.Throws<InvalidSearchQueryException>(() => sample.Search("residence", page: page, pageSize: pageSize));
    }
}
