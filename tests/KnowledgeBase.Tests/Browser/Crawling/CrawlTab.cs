using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>One browser tab of the crawl: visits a page and reads what the crawl needs from it.</summary>
public sealed class CrawlTab
{
    private const string IdsAndLinks = """
        () => ({
          ids: [...document.querySelectorAll('[id]')].map(e => e.id).concat([...document.querySelectorAll('a[name]')].map(a => a.name)),
          links: [...new Set([...document.querySelectorAll('a[href]')].map(a => a.href))],
        })
        """;

    private readonly IPage _page;
    private readonly ConcurrentDictionary<string, CrawledLink> _brokenResources;
    private readonly Func<string, string> _display;
    private string _current = "";
    private int _documentStatus;

    private CrawlTab(IPage page, ConcurrentDictionary<string, CrawledLink> brokenResources, Func<string, string> display)
    {
        _page = page;
        _brokenResources = brokenResources;
        _display = display;
        _page.Response += NoteResponse;
    }

    public static async Task<CrawlTab> Open(IBrowserContext context, ConcurrentDictionary<string, CrawledLink> brokenResources, Func<string, string> display) =>
        new(await context.NewPageAsync(), brokenResources, display);

    public async Task<PageVisit> Visit(string url)
    {
        _current = _display(url);
        _documentStatus = 0;
        IResponse? response;
        try
        {
            response = await _page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException) when (_documentStatus >= 400)
        {
            // An error with an empty body: Chromium shows its own error page, and the reader a broken link.
            return PageVisit.NotAPage(url, _documentStatus);
        }
        var status = response?.Status ?? 0;
        var contentType = response is null ? null : await response.HeaderValueAsync("content-type");
        if (status >= 400 || contentType?.StartsWith("text/html", StringComparison.Ordinal) != true)
            return PageVisit.NotAPage(url, status);

        var found = await _page.EvaluateAsync<JsonElement>(IdsAndLinks);
        return new PageVisit(url, status, new HashSet<string>(Strings(found, "ids"), StringComparer.Ordinal), [.. Strings(found, "links")]);
    }

    /// <summary>Notes the status of each page, and each stylesheet, script or image that failed: the page "works" but a reader sees it broken.</summary>
    private void NoteResponse(object? sender, IResponse response)
    {
        if (response.Request.IsNavigationRequest)
            _documentStatus = response.Status;
        else if (response.Status >= 400)
            _brokenResources.TryAdd(response.Url, new CrawledLink(_display(response.Url), response.Status, _current));
    }

    private static IEnumerable<string> Strings(JsonElement found, string name) =>
        found.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "");
}
