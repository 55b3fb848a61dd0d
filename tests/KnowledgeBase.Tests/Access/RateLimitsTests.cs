using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Access;

/// <summary>One client's burst of searches or API calls is answered 429; other clients, and pages that cost no search, carry on.</summary>
/// <remarks>The bucket holds 5 and refills one a second: a burst of 20 at once gets 5 (or one or two more if a second passes) through.</remarks>
public sealed class RateLimitsTests : IAsyncLifetime
{
    private const int Burst = 5;

    private readonly InternalSiteFactory _site = new(new Dictionary<string, string>
    {
        ["RateLimit:Enabled"] = "true",
        ["RateLimit:Burst"] = $"{Burst}",
        ["RateLimit:PerSecond"] = "1",
    });

    private HttpClient _drafter = default!;

    public async Task InitializeAsync() => _drafter = await _site.DrafterClient();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<HttpResponseMessage> Get(string url, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(InternalSiteFactory.ClientHeader, client);
        return await _drafter.SendAsync(request);
    }

    private async Task<List<HttpResponseMessage>> Burst20(string url, string client) =>
        [.. await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Get(url, client)))];

    [Theory]
    [InlineData("/api/search?q=permit")]
    [InlineData("/api/instruments")]
    [InlineData("/search?q=permit")]
    public async Task A_burst_from_one_client_is_answered_429_with_Retry_After(string url)
    {
        var answers = await Burst20(url, "203.0.113.7");

        Assert.InRange(answers.Count(a => a.StatusCode == HttpStatusCode.OK), Burst, Burst + 2);
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(refused.Count, 20 - Burst - 2, 20 - Burst);
        Assert.All(refused, r => Assert.InRange(int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60));
    }

    [Fact]
    public async Task Another_client_is_unaffected()
    {
        await Burst20("/api/search?q=permit", "203.0.113.8");

        using var other = await Get("/api/search?q=permit", "198.51.100.20");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_API_answers_in_problem_JSON_and_the_search_page_with_a_page_that_says_when_to_retry()
    {
        await Burst20("/api/search?q=permit", "203.0.113.9");
        await Burst20("/search?q=permit", "203.0.113.10");

        using var api = await Get("/api/search?q=permit", "203.0.113.9");
        using var page = await Get("/search?q=permit", "203.0.113.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Equal("Too many searches", html.QuerySelector("h1")?.TextContent);
        Assert.Contains($"wait {page.Headers.GetValues("Retry-After").Single()} s", html.QuerySelector("main p")?.TextContent, StringComparison.Ordinal);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/instruments/migration-code/2014-10-amended")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task Pages_that_cost_no_search_and_the_health_check_are_not_limited(string url)
    {
        await Burst20("/api/search?q=permit", "203.0.113.11");

        var answers = await Burst20(url, "203.0.113.11");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }
}
