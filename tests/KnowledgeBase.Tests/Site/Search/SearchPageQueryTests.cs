using KnowledgeBase.Core.Search;
using KnowledgeBase.Site.Search;

namespace KnowledgeBase.Tests.Site.Search;

public sealed class SearchPageQueryTests
{
    [Theory]
    [InlineData(null, null, null, "/search?q=residence")]
    [InlineData("newest", null, null, "/search?q=residence")]
    [InlineData("at", "2014-01-01", null, "/search?q=residence&scope=at&date=2014-01-01")]
    [InlineData("all", "2014-01-01", null, "/search?q=residence&scope=all")]
    [InlineData("nonsense", null, 3, "/search?q=residence&page=3")]
    public void Writes_only_what_differs_from_the_defaults(string? scope, string? date, int? page, string expected) =>
        Assert.Equal(expected, new SearchPageQuery("residence", Scope: scope, Date: date, Page: page ?? 1).Href());

    [Fact]
    public void Changing_a_filter_keeps_the_rest_and_goes_back_to_the_first_page()
    {
        var query = new SearchPageQuery("iş icazəsi", Kind: "procedure", Scope: "at", Date: "2014-01-01", Page: 4);

        Assert.Equal("/search?q=i%C5%9F%20icaz%C9%99si&kind=procedure&lang=az&scope=at&date=2014-01-01", query.WithFilter("lang", "az"));
        Assert.Equal("/search?q=i%C5%9F%20icaz%C9%99si&scope=at&date=2014-01-01", query.WithFilter("kind", null));
        Assert.Equal("/search?q=i%C5%9F%20icaz%C9%99si&scope=at&date=2014-01-01", query.WithoutFilters());
    }

    [Fact]
    public void All_versions_become_a_grouped_search_of_every_version()
    {
        var request = new SearchPageQuery("registration", Scope: SearchScope.All).ToRequest();

        Assert.Equal((SearchRequest.AllVersions, true, (DateOnly?)null), (request.Version, request.GroupByProvision, request.AsAt));
    }

    [Fact]
    public void As_at_becomes_a_search_on_that_day()
    {
        var request = new SearchPageQuery("registration", Scope: SearchScope.At, Date: "2014-01-01").ToRequest();

        Assert.Equal((null, false, new DateOnly(2014, 1, 1)), (request.Version, request.GroupByProvision, request.AsAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("01/01/2014")]
    [InlineData("2014-13-01")]
    public void As_at_without_a_valid_date_is_refused_with_the_expected_form(string? date)
    {
        var error = Assert.Throws<InvalidSearchQueryException>(() => new SearchPageQuery("registration", Scope: SearchScope.At, Date: date).ToRequest());

        Assert.Contains("yyyy-mm-dd", error.Message, StringComparison.Ordinal);
    }
}
