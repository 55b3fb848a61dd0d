using System.Net;

namespace KnowledgeBase.Tests.Hosting;

/// <summary>A monitor or link checker asking <c>HEAD</c> learns what a reader asking <c>GET</c> would: the status and headers, no body.</summary>
public sealed class HeadRequestsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<HttpResponseMessage> Send(HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        return await site.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/instruments/migration-code/latest")]
    [InlineData("/procedures")]
    [InlineData("/api/instruments")]
    public async Task A_page_that_exists_answers_200_with_its_headers_and_no_body(string url)
    {
        var head = await Send(HttpMethod.Head, url);
        var get = await Send(HttpMethod.Get, url);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_page_that_does_not_exist_answers_404()
    {
        var head = await Send(HttpMethod.Head, "/instruments/no-such-instrument");

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
