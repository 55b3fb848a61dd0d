using System.Net;

namespace KnowledgeBase.Tests.Access;

/// <summary>Signing out: a POST from the layout's form, with its antiforgery token.</summary>
public sealed class AccountEndpointsTests(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
{
    [Fact]
    public async Task Signing_out_ends_the_session_and_goes_to_the_sign_in_page()
    {
        var client = await site.DrafterClient();
        var fields = await SignInForm.SignOutFields(client);

        using var response = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.OriginalString);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task A_sign_out_without_the_token_is_refused_and_the_session_stays()
    {
        var client = await site.DrafterClient();

        using var response = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
