using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Access;

/// <summary>How sign-in is configured: cookie security by environment, and OpenID Connect in place of the users file.</summary>
public sealed class AccessOptionsTests
{
    [Fact]
    public async Task In_development_over_plain_HTTP_the_session_cookie_is_not_marked_secure_so_a_trial_works()
    {
        await using var site = new InternalSiteFactory();
        using var development = site.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        using var response = await SignInForm.Submit(client, InternalSiteFactory.Drafter, InternalSiteFactory.DrafterPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kb-session=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Configuring_OpenID_Connect_registers_its_scheme_and_retires_the_users_file_form()
    {
        await using var site = new InternalSiteFactory(new Dictionary<string, string>
        {
            ["OpenIdConnect:Authority"] = "https://login.example.org/realms/justice",
            ["OpenIdConnect:ClientId"] = "kb-internal",
        });

        var scheme = await site.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("OpenIdConnect");
        using var form = await site.Anonymous().GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.NotNull(scheme);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
    }

    [Fact]
    public async Task Without_OpenID_Connect_configured_there_is_no_such_scheme()
    {
        await using var site = new InternalSiteFactory();

        Assert.Null(await site.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync("OpenIdConnect"));
    }
}
