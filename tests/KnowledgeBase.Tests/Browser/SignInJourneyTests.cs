using System.Net;
using KnowledgeBase.Tests.Access;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>An officer opens a link to the internal site, signs in, reads, and signs out, in a real browser.</summary>
/// <remarks>
/// Its own internal site on a loopback port and its own Chromium: the shared browser site is the public one. Plain HTTP on
/// loopback, so the session cookie is allowed without the Secure flag here (<c>SignIn:SecureCookies=false</c>).
/// </remarks>
public sealed class SignInJourneyTests : IAsyncLifetime
{
    private InternalSiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;
    private Uri _base = new("http://127.0.0.1/");

    private IPage Page => _page!;

    public async Task InitializeAsync()
    {
        if (DebianChromium.SkipReason is not null)
            return;
        DebianChromium.EnsureInstalled();
        _site = new InternalSiteFactory(new Dictionary<string, string> { ["SignIn:SecureCookies"] = "false" });
        _site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        _base = new Uri(_site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(DebianChromium.LaunchOptions);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _base.ToString() });
        context.SetDefaultTimeout(10_000);
        _page = await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null)
            await _site.DisposeAsync();
    }

    [BrowserFact]
    public async Task An_officer_signs_in_from_a_link_reads_no_draft_and_signs_out()
    {
        await Page.GotoAsync("/instruments/migration-code");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl=%2Finstruments%2Fmigration-code$"));
        var violations = await AxeAudit.SeriousOrCritical(Page);
        Assert.True(violations.Count == 0, string.Join('\n', violations));

        await Page.GetByLabel("Name").FillAsync(InternalSiteFactory.Officer);
        await Page.GetByLabel("Password").FillAsync("a-wrong-password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The name or the password is wrong.");

        await Page.GetByLabel("Name").FillAsync(InternalSiteFactory.Officer);
        await Page.GetByLabel("Password").FillAsync(InternalSiteFactory.OfficerPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(_base, "/instruments/migration-code").ToString());
        await Assertions.Expect(Page.GetByText($"Signed in as {InternalSiteFactory.Officer}")).ToBeVisibleAsync();
        Assert.DoesNotContain(InternalCorpus.NewestDraft, await Page.ContentAsync(), StringComparison.Ordinal);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Uri(_base, "/account/sign-in").ToString());
        await Page.GotoAsync("/");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }
}
