using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeBase.Tests.Access;

/// <summary>The internal site answers signed-in readers only; the public site asks nobody to sign in.</summary>
public sealed class AccessServicesTests
{
    public sealed class Internal_site_without_a_session(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Theory]
        [InlineData("/")]
        [InlineData("/instruments/migration-code")]
        [InlineData("/instruments/migration-code/2014-10-amended/art_45")]
        [InlineData("/search?q=permit")]
        [InlineData("/procedures")]
        [InlineData("/instruments/migration-code/compare?from=2013-07-adopted&to=2014-10-amended")]
        [InlineData("/instruments/migration-code/compare/table.docx?from=2013-07-adopted&to=2014-10-amended")]
        [InlineData("/feed.atom")]
        [InlineData("/no-such-page")]
        public async Task A_page_sends_the_reader_to_sign_in_and_back(string url)
        {
            using var response = await site.Anonymous().GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.Equal("/account/sign-in", location.AbsolutePath);
            Assert.Equal(url, Uri.UnescapeDataString(location.Query["?ReturnUrl=".Length..]));
        }

        [Theory]
        [InlineData("/api/instruments")]
        [InlineData("/api/instruments/migration-code/versions/latest")]
        [InlineData("/api/search?q=permit")]
        [InlineData("/api/no-such-endpoint")]
        public async Task An_API_call_answers_401_in_problem_JSON(string url)
        {
            using var response = await site.Anonymous().GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.Equal("Sign-in required", problem.GetProperty("title").GetString());
        }

        [Theory]
        [InlineData("/css/site.css")]
        [InlineData("/js/compare.js")]
        [InlineData("/healthz")]
        [InlineData("/account/sign-in")]
        public async Task The_layout_files_the_sign_in_page_and_the_health_check_need_no_session(string url)
        {
            using var response = await site.Anonymous().GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task No_text_of_the_knowledge_base_reaches_the_sign_in_page()
        {
            var html = await site.Anonymous().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

            Assert.DoesNotContain("Article", html, StringComparison.Ordinal);
            Assert.DoesNotContain(InternalCorpus.NewestDraftMarker, html, StringComparison.Ordinal);
        }
    }

    public sealed class Public_site(SiteFactory site) : IClassFixture<SiteFactory>
    {
        [Theory]
        [InlineData("/")]
        [InlineData("/api/instruments")]
        [InlineData("/search?q=permit")]
        public async Task Serves_everyone_without_a_session(string url)
        {
            using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        [Fact]
        public async Task Has_no_sign_in_page_and_no_sign_out()
        {
            var client = site.CreateClient();

            using var signIn = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
            using var signOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));

            Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
            // Nothing answers it: the request is refused as no endpoint's, never redirected as a sign-out would be.
            Assert.True((int)signOut.StatusCode is >= 400 and < 500, $"POST /account/sign-out answered {(int)signOut.StatusCode}");
            Assert.DoesNotContain("sign-out", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        }
    }
}
