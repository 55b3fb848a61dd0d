using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Core.Tests.Search;

public sealed partial class SearchIndexTests
{
    public sealed class AsAt(SampleIndex sample) : IClassFixture<SampleIndex>
    {
        private SearchResults SearchOn(string isoDate, string? version = null) =>
            sample.Index.Search(new SearchRequest("temporary OR muveqqeti", Version: version, AsAt: DateOnly.Parse(isoDate, System.Globalization.CultureInfo.InvariantCulture)));

        [Theory]
        [InlineData("2014-01-01", new[] { OldAz45, OldEn45 })]
        [InlineData("2023-04-30", new[] { OldAz45, OldEn45 })]
        [InlineData("2023-05-01", new[] { NewAz45, NewEn45 })]
        [InlineData("2030-01-01", new[] { NewAz45, NewEn45 })]
        [InlineData("1990-01-01", new[] { OldAz45, OldEn45 })]
        public void Searches_the_version_in_force_that_day(string date, string[] expected) =>
            Assert.Equal(Sorted(expected), Found(SearchOn(date)));

        [Fact]
        public void Other_instruments_are_searched_in_their_version_of_that_day()
        {
            var results = sample.Index.Search(new SearchRequest("citizenship OR permit", Language: "en", AsAt: new DateOnly(2014, 1, 1)));

            Assert.Equal(Sorted(LawEn, OldEn45), Found(results));
        }

        [Fact]
        public void A_version_and_a_date_together_are_refused()
        {
            var error = Assert.Throws<InvalidSearchQueryException>(() => SearchOn("2014-01-01", version: SearchRequest.AllVersions));

            Assert.Contains("not both", error.Message, StringComparison.Ordinal);
        }
    }
}
