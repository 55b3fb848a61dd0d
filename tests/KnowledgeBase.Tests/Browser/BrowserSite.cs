using System.Net;
using KnowledgeBase.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The real site over the shipped corpus, listening on a free loopback port, and one Chromium to visit it.</summary>
/// <remarks>
/// The site is <see cref="Program"/> itself, hosted by <see cref="SiteFactory"/> with Kestrel instead of the in-memory test
/// server (a browser needs a socket): the same pipeline, options and build-on-start as <c>dotnet run</c>, in this process,
/// so it starts in seconds and stops with the tests. Port 0 lets the system pick a free port when Kestrel binds, so there
/// is no window in which another process could take it. Built once per collection; each test gets a fresh context.
/// </remarks>
public sealed class BrowserSite : IAsyncLifetime
{
    private SiteFactory? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the site listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started: are the browser tests skipped?");

    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("Playwright is not started: are the browser tests skipped?");

    public Uri Url(string path) => new(BaseAddress, path);

    public async Task InitializeAsync()
    {
        if (DebianChromium.SkipReason is not null)
            return;
        DebianChromium.EnsureInstalled();

        _site = new SiteFactory(TestPaths.ShippedContent);
        _site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _site.StartServer();
        var addresses = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no address");
        BaseAddress = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(DebianChromium.LaunchOptions);
    }

    /// <summary>A context of its own for one test: no cookie or cache left over from another test.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.ServiceWorkers = ServiceWorkerPolicy.Block;
        var context = await Browser.NewContextAsync(options);
        // Pages answer in milliseconds: a locator that waits longer has found a bug, not a slow page.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(20_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null)
            await _site.DisposeAsync();
    }
}
