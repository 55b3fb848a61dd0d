using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeBase.Tests.Api;

/// <summary><c>/api/search</c> over the shipped corpus: citations, malformed queries, typos and the cost limits.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class SearchEndpointTests(ShippedSiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("/api/search?q=article+45", "en", "art_45")]
    [InlineData("/api/search?q=article+45.1.3", "en", "art_45", "art_45__para_1.3")]
    [InlineData("/api/search?q=art.+21", "en", "art_21")]
    [InlineData("/api/search?q=madd%C9%99+45", "az", "art_45")]
    [InlineData("/api/search?q=45.1.3-c%C3%BC+madd%C9%99", "az", "art_45", "art_45__para_1.3")]
    [InlineData("/api/search?q=%D1%81%D1%82.+45", "ru", "art_45")]
    [InlineData("/api/search?q=%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F+45", "ru", "art_45")]
    [InlineData("/api/search?q=Miqrasiya+M%C9%99c%C9%99ll%C9%99si+21", "az", "art_21")]
    [InlineData("/api/search?q=Migration+Code+21", "en", "art_21")]
    public async Task Search_for_a_citation_gives_the_provision_first_with_direct_true(string url, string language, string eId, string? part = null)
    {
        var results = await Get(url);

        var first = results.GetProperty("hits").EnumerateArray().First();
        Assert.True(first.GetProperty("direct").GetBoolean());
        Assert.Equal("migration-code", first.GetProperty("slug").GetString());
        Assert.Equal(language, first.GetProperty("language").GetString());
        Assert.Equal(eId, first.GetProperty("eId").GetString());
        Assert.Equal(part, first.GetProperty("part").GetString());
        Assert.DoesNotContain(results.GetProperty("hits").EnumerateArray().Skip(1), h => h.GetProperty("direct").GetBoolean());
    }

    [Theory]
    [InlineData("/api/search?q=%22place+of+stay", "quotation mark")]
    [InlineData("/api/search?q=(registration", "parentheses")]
    public async Task A_malformed_search_falls_back_to_plain_words_and_says_so(string url, string reason)
    {
        var results = await Get(url);

        Assert.Contains(reason, results.GetProperty("syntaxProblem").GetString(), StringComparison.Ordinal);
        Assert.True(results.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task A_search_with_a_typo_offers_the_corrected_query_and_its_hits()
    {
        var results = await Get("/api/search?q=registraton");

        Assert.Equal("registration", results.GetProperty("didYouMean").GetString());
        Assert.True(results.GetProperty("fuzzy").GetBoolean());
        Assert.True(results.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task An_overlong_search_is_400()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=" + new string('a', 100_000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_search_of_many_wildcard_words_is_400()
    {
        var response = await _client.GetAsync(new Uri("/api/search?q=" + string.Join("+", Enumerable.Repeat("re*", 50)), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
