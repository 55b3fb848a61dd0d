using System.Net;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Hosting;

public sealed class ErrorHandlingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Page)> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, page);
    }

    public sealed class An_address_that_matches_no_page(SiteFactory site) : IClassFixture<SiteFactory>
    {
        [Theory]
        [InlineData("/no-such-page")]
        [InlineData("/instruments/migration-code/2013-07-adopted/art_45/no/such/depth")]
        public async Task Shows_the_friendly_not_found_page_with_status_404(string url)
        {
            var (status, page) = await Get(site.CreateClient(), url);

            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal("Not found", page.QuerySelector("main h1")?.TextContent);
            Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
        }
    }

    [Fact]
    public async Task A_page_that_fails_shows_the_friendly_error_page_and_no_stack_trace()
    {
        // With no build published and none made on start, every page fails with NoBuildException.
        using var unbuilt = site.WithWebHostBuilder(host => host.UseSetting("data", Path.Combine(site.Data, "never-built")).UseSetting("build-on-start", "false"));

        var (status, page) = await Get(unbuilt.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("The knowledge base is being prepared", page.QuerySelector("main h1")?.TextContent);
        Assert.DoesNotContain("NoBuildException", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
