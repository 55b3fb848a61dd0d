using System.Net;
using AngleSharp.Html.Parser;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Tests.Access;

namespace KnowledgeBase.Tests.Components.Pages;

/// <summary>The internal site's sign-in form, driven over HTTP as a browser fills it in.</summary>
public sealed class SignInPageTests
{
    private static Uri Relative(string url) => new(url, UriKind.Relative);

    public sealed class Signing_in(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Fact]
        public async Task The_right_password_opens_a_session_and_returns_to_the_page_asked_for()
        {
            var client = site.Anonymous();
            const string Wanted = "/instruments/migration-code/2014-10-amended/art_45";

            using var first = await client.GetAsync(Relative(Wanted));
            var signInPage = first.Headers.Location!.PathAndQuery;
            using var signedIn = await SignInForm.Submit(client, InternalSiteFactory.Drafter, InternalSiteFactory.DrafterPassword, signInPage);

            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal(Wanted, signedIn.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal));
            using var page = await client.GetAsync(Relative(Wanted));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains($"Signed in as {InternalSiteFactory.Drafter}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_session_cookie_is_secure_http_only_and_same_site()
        {
            using var response = await SignInForm.Submit(site.Anonymous(), InternalSiteFactory.Officer, InternalSiteFactory.OfficerPassword);

            var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kb-session=", StringComparison.Ordinal));
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("samesite=lax", attributes);
        }

        [Theory]
        [InlineData("//evil.example/phish")]
        [InlineData("/\\evil.example/phish")]
        [InlineData("https://evil.example/phish")]
        [InlineData("javascript:alert(1)")]
        public async Task A_return_address_on_another_host_goes_home_instead(string returnUrl)
        {
            using var response = await SignInForm.Submit(site.Anonymous(), InternalSiteFactory.Drafter, InternalSiteFactory.DrafterPassword,
                $"/account/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
            Assert.DoesNotContain("evil", response.Headers.Location.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_form_without_its_antiforgery_token_is_refused()
        {
            var client = site.Anonymous();
            var fields = await SignInForm.Fields(client);
            fields.Remove("__RequestVerificationToken");
            fields["Form.Name"] = InternalSiteFactory.Drafter;
            fields["Form.Password"] = InternalSiteFactory.DrafterPassword;

            using var response = await SignInForm.Post(client, "/account/sign-in", fields);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("kb-session=", StringComparison.Ordinal)));
        }
    }

    public sealed class Refusing(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Theory]
        [InlineData(InternalSiteFactory.Drafter, "not-the-password")]
        [InlineData("nobody-of-that-name", "whatever-password")]
        [InlineData(InternalSiteFactory.Drafter, "")]
        public async Task A_wrong_name_or_password_says_so_without_saying_which_and_opens_no_session(string name, string password)
        {
            var client = site.Anonymous();

            using var response = await SignInForm.Submit(client, name, password);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal("The name or the password is wrong.", page.QuerySelector("[role=alert]")?.TextContent);
            using var home = await client.GetAsync(Relative("/"));
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        }

        [Fact]
        public async Task Five_failures_lock_the_name_even_against_the_right_password_and_only_that_name()
        {
            await using var lockable = new InternalSiteFactory();
            var client = lockable.Anonymous();
            for (var attempt = 1; attempt <= 5; attempt++)
                (await SignInForm.Submit(client, InternalSiteFactory.Officer, $"wrong-guess-{attempt}")).Dispose();

            using var locked = await SignInForm.Submit(client, InternalSiteFactory.Officer, InternalSiteFactory.OfficerPassword);
            using var other = await SignInForm.Submit(lockable.Anonymous(), InternalSiteFactory.Drafter, InternalSiteFactory.DrafterPassword);

            Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
            var alert = new HtmlParser().ParseDocument(await locked.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent;
            Assert.Equal("Too many failed attempts for this name. Try again in 15 min.", alert);
            Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        }
    }

    public sealed class The_page(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Fact]
        public async Task Labels_every_field_and_speaks_Azerbaijani_when_asked()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Relative("/account/sign-in"));
            request.Headers.Add("Cookie", "kb-ui=az");

            using var response = await site.Anonymous().SendAsync(request);

            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal("Daxil ol", page.QuerySelector("h1")?.TextContent);
            foreach (var input in page.QuerySelectorAll("form.sign-in-form input:not([type=hidden])"))
                Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
            Assert.Equal("password", page.QuerySelector("#sign-in-password")?.GetAttribute("type"));
            Assert.Equal("az", page.DocumentElement.GetAttribute("lang"));
        }
    }

    public sealed class Sessions
    {
        [Fact]
        public async Task A_user_removed_from_the_users_file_loses_their_session_at_the_next_request()
        {
            await using var own = new InternalSiteFactory();
            var client = await own.OfficerClient();
            using (var before = await client.GetAsync(Relative("/")))
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);

            UsersFile.Write(own.UsersFile, [.. UsersFile.Read(own.UsersFile).Where(u => u.Name != InternalSiteFactory.Officer)]);

            using var after = await client.GetAsync(Relative("/"));
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        }
    }
}
