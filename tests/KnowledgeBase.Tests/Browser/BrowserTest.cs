using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>Base of the browser test classes: a fresh context and page for every test, on the collection's shared site and browser.</summary>
/// <remarks>xunit makes a new instance per test, so <see cref="InitializeAsync"/> runs before each test and <see cref="DisposeAsync"/> after it.</remarks>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserSite site) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private IPage? _page;

    protected BrowserSite Site { get; } = site;

    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("No browser context before InitializeAsync");

    protected IPage Page => _page ?? throw new InvalidOperationException("No page before InitializeAsync");

    /// <summary>The browser a test wants: a desktop window unless a test says otherwise (a phone, another language).</summary>
    protected virtual BrowserNewContextOptions ContextOptions => new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

    public async Task InitializeAsync()
    {
        _context = await Site.NewContextAsync(ContextOptions);
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
            await _context.DisposeAsync();
    }

    /// <summary>Goes to a page of the site and fails unless it answers 200: a journey never goes on from an error page.</summary>
    protected async Task<IResponse> Visit(string path)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}");
        Assert.True(response.Status == 200, $"{path} answered {response.Status}, not 200");
        return response;
    }

    /// <summary>Waits until the browser shows <paramref name="pathAndQuery"/>, after a click or a tap.</summary>
    /// <remarks>
    /// Polls the address rather than waiting for the load event (WaitForURLAsync): with Debian's Chromium, newer than the one
    /// this Playwright was built with, a tapped link's load event was sometimes missed and the wait ran out on a loaded page.
    /// The assertions that follow wait for the content they look for.
    /// </remarks>
    protected Task ExpectPath(string pathAndQuery) => Assertions.Expect(Page).ToHaveURLAsync(Site.Url(pathAndQuery).ToString());

    /// <summary>The path and query of the page the browser shows, e.g. <c>/instruments/migration-code?x=1</c>.</summary>
    protected string CurrentPath => new Uri(Page.Url).PathAndQuery;
}
