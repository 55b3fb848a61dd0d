using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Tests.Access;

/// <summary>Outside Development the site sends readers to HTTPS and tells browsers to stay there; configuration can turn it off.</summary>
/// <remarks>A host other than localhost: ASP.NET Core never sends HSTS to localhost, whatever the settings.</remarks>
public sealed class HttpsOptionsTests
{
    private static async Task<HttpResponseMessage> Get(string environment, string baseAddress, params (string Key, string Value)[] settings)
    {
        var site = new SiteFactory().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        return await client.GetAsync(new Uri("/healthz?x=1", UriKind.Relative));
    }

    [Fact]
    public async Task In_production_plain_HTTP_is_redirected_to_HTTPS()
    {
        using var response = await Get("Production", "http://kb.example", ("Https:Port", "443"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://kb.example/healthz?x=1", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task In_production_an_HTTPS_answer_carries_HSTS()
    {
        using var response = await Get("Production", "https://kb.example", ("Https:Port", "443"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Production", "false")]
    public async Task In_development_or_when_turned_off_neither_happens(string environment, string? redirect)
    {
        var settings = redirect is null ? new[] { ("Https:Port", "443") } : [("Https:Port", "443"), ("Https:Redirect", redirect)];

        using var plain = await Get(environment, "http://kb.example", settings);
        using var secure = await Get(environment, "https://kb.example", settings);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(secure.Headers.Contains("Strict-Transport-Security"));
    }
}
