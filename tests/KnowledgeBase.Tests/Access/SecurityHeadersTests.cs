using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeBase.Tests.Access;

/// <summary>Every answer carries the security headers, whatever produced it; and no page needs an inline script or style to work.</summary>
public sealed class SecurityHeadersTests
{
    private static void HasSecurityHeaders(HttpResponseMessage response, string url)
    {
        var csp = Header(response, "Content-Security-Policy", url);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options", url));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy", url));
    }

    private static string Header(HttpResponseMessage response, string name, string url) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"{url} ({(int)response.StatusCode}) has no {name} header");

    public sealed class Public_site(SiteFactory site) : IClassFixture<SiteFactory>
    {
        /// <summary>Pages, API, feed, static files, errors of each kind and the health check.</summary>
        [Theory]
        [InlineData("/", HttpStatusCode.OK)]
        [InlineData("/instruments/migration-code/2014-10-amended", HttpStatusCode.OK)]
        [InlineData("/api/instruments", HttpStatusCode.OK)]
        [InlineData("/feed.atom", HttpStatusCode.OK)]
        [InlineData("/css/site.css", HttpStatusCode.OK)]
        [InlineData("/js/compare.js", HttpStatusCode.OK)]
        [InlineData("/healthz", HttpStatusCode.OK)]
        [InlineData("/no-such-page", HttpStatusCode.NotFound)]
        [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
        [InlineData("/api/search?q=", HttpStatusCode.BadRequest)]
        [InlineData("/ui/en?return=/", HttpStatusCode.Redirect)]
        public async Task Every_kind_of_answer_carries_them(string url, HttpStatusCode expected)
        {
            using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(expected, response.StatusCode);
            HasSecurityHeaders(response, url);
        }

        /// <summary>The policy allows scripts and styles from the site's own files only: a page that relied on inline code would break.</summary>
        [Theory]
        [InlineData("/")]
        [InlineData("/instruments/migration-code")]
        [InlineData("/instruments/migration-code/2014-10-amended")]
        [InlineData("/instruments/migration-code/2014-10-amended/art_45")]
        [InlineData("/instruments/migration-code/compare?from=2013-07-adopted&to=2014-10-amended")]
        [InlineData("/instruments/migration-code/compare/table?from=2013-07-adopted&to=2014-10-amended")]
        [InlineData("/procedures/temporary-residence-permit")]
        [InlineData("/search?q=permit")]
        [InlineData("/no-such-page")]
        public async Task No_page_has_an_inline_script_or_style(string url)
        {
            var html = await (await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative))).Content.ReadAsStringAsync();
            var page = new HtmlParser().ParseDocument(html);

            Assert.All(page.QuerySelectorAll("script"), script =>
                Assert.Matches("^/js/[a-z-]+(\\.[a-z0-9]+)?\\.js$", script.GetAttribute("src") ?? "(inline script)"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(page.QuerySelectorAll("link[rel=stylesheet]"), link => Assert.StartsWith("/", link.GetAttribute("href")!, StringComparison.Ordinal));
        }
    }

    public sealed class Internal_site(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Theory]
        [InlineData("/", HttpStatusCode.Redirect)]
        [InlineData("/api/instruments", HttpStatusCode.Unauthorized)]
        [InlineData("/account/sign-in", HttpStatusCode.OK)]
        [InlineData("/css/site.css", HttpStatusCode.OK)]
        public async Task The_sign_in_answers_carry_them_too(string url, HttpStatusCode expected)
        {
            using var response = await site.Anonymous().GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(expected, response.StatusCode);
            HasSecurityHeaders(response, url);
        }
    }
}
