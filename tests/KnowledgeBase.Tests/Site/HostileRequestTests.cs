using System.Net;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Site;

/// <summary>Query strings, slugs, version labels and eIds written to attack: never reflected unescaped, never a file outside the data.</summary>
public sealed class HostileRequestTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Sentinel = "SENTINEL-OUTSIDE-THE-DATA";

    // Written raw into the path or the query; each is escaped as a URL would carry it.
    public static TheoryData<string> Payloads() =>
    [
        "<script>alert('kb')</script>",
        "\"><svg onload=alert('kb')>",
        "'onmouseover=alert('kb')'",
        "javascript:alert('kb')",
        "../../../../etc/passwd",
        "..%2f..%2f..%2fsecret.txt",
        "%2e%2e%2f%2e%2e%2fsecret.txt",
        "%C0%AE%C0%AE%2F",
        "%FF%FE",
        new string('a', 5_000),
    ];

    // Every kind of route, with {0} where the hostile value goes.
    private static readonly string[] Routes =
    [
        "/instruments/{0}",
        "/instruments/migration-code/{0}",
        "/instruments/migration-code/2013-07-adopted/{0}",
        "/instruments/migration-code/{0}/art_45",
        "/instruments/migration-code/2013-07-adopted/{0}/history",
        "/instruments/migration-code/at/{0}",
        "/instruments/migration-code/at/{0}/art_45",
        "/instruments/{0}/compare?from={0}&to={0}",
        "/instruments/migration-code/compare?from={0}&to=2014-10-amended",
        "/instruments/migration-code/compare/table?from={0}&to={0}&lang={0}",
        "/instruments/migration-code/compare/table.docx?from={0}&to={0}",
        "/procedures/{0}",
        "/search?q={0}&kind={0}&status={0}&lang={0}&page={0}&at={0}",
        "/api/instruments?lang={0}",
        "/api/instruments/{0}/versions/{0}",
        "/api/instruments/migration-code/versions/2013-07-adopted/provisions/{0}",
        "/api/instruments/migration-code/compare?from={0}&to={0}",
        "/api/search?q={0}&at={0}&page={0}",
        "/ui/{0}?return={0}",
        "/instruments/migration-code/2013-07-adopted?lang={0}&parallel={0}",
    ];

    private static string Url(string route, string payload)
    {
        // Payloads that are already percent-encoded go in as they are: they are the point.
        var value = payload.Contains('%', StringComparison.Ordinal) ? payload : Uri.EscapeDataString(payload);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, route, value);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Is_never_reflected_as_markup_and_never_fails_the_server(string payload)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var route in Routes)
        {
            var url = Url(route, payload);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Found or HttpStatusCode.Redirect,
                $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
                AssertNoInjectedHandler(url, body);
            if (response.Headers.Location is { } location)
                Assert.False(location.IsAbsoluteUri || location.OriginalString.StartsWith("//", StringComparison.Ordinal), $"{url} redirects off the site to {location}");
        }
    }

    // Kestrel refuses a NUL in a path with 400 before any routing (the in-memory test server cannot even send one); in a query it reaches the site.
    [Theory]
    [InlineData("/search?q=art_1%00.html")]
    [InlineData("/api/search?q=%00")]
    [InlineData("/instruments/migration-code/compare?from=%00&to=%00")]
    [InlineData("/api/instruments?lang=%00")]
    public async Task A_NUL_in_a_query_is_answered_without_failing(string url)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("\0", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AssertNoInjectedHandler(string url, string body)
    {
        var page = new HtmlParser().ParseDocument(body);
        foreach (var element in page.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            if (element.LocalName == "script")
                Assert.DoesNotContain("alert", element.TextContent, StringComparison.Ordinal);
            foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "action"))
                Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{url}: {attribute.Name}={attribute.Value}");
        }
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/css/..%2f..%2f..%2fsecret.txt")]
    [InlineData("/css/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt")]
    [InlineData("/instruments/..%2f..%2f..%2fsecret.txt")]
    [InlineData("/instruments/migration-code/..%2f..%2f..%2f..%2fsecret.txt")]
    [InlineData("/api/instruments/..%2f..%2fsecret.txt/versions/x")]
    [InlineData("/_content/..%2f..%2f..%2fsecret.txt")]
    public async Task A_path_that_climbs_out_never_reads_a_file_beside_the_data(string url)
    {
        // The site's content and data folders sit in one temporary folder; a file beside them is what a climb would reach.
        var secret = Path.Combine(Path.GetDirectoryName(site.Data)!, "secret.txt");
        await File.WriteAllTextAsync(secret, Sentinel);

        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.DoesNotContain(Sentinel, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
    }
}
