using System.Net;

namespace KnowledgeBase.Tests;

public sealed class ProgramTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/KnowledgeBase.styles.css")]
    public async Task Serves_the_site_stylesheets_as_pages_link_them(string url)
    {
        var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }
}
