using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>Follows every link of the site breadth-first from one page, in a real browser, up to a number of pages.</summary>
/// <remarks>
/// Links are read from the rendered page (<c>a.href</c>), so they are resolved exactly as a reader's browser resolves them.
/// Each page is visited once whatever its fragments; every <c>#id</c> a link points to is checked on the page it names.
/// Check-only links go through <paramref name="checker"/>, a request context of its own, so the language switch's cookie
/// never changes the language of the pages the crawl reads.
/// </remarks>
public sealed class SiteCrawler(IPage page, IAPIRequestContext checker, Uri site, int pageCap)
{
    private const string Start = "(start)";
    private const string IdsOnPage = "() => [...document.querySelectorAll('[id]')].map(e => e.id).concat([...document.querySelectorAll('a[name]')].map(a => a.name))";
    private const string LinksOnPage = "links => links.map(a => a.href)";

    private readonly Queue<(string Page, string FoundOn)> _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<CrawledLink> _links = [];
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);
    private readonly List<MissingAnchor> _anchorLinks = [];
    private readonly ConcurrentDictionary<string, CrawledLink> _brokenResources = new(StringComparer.Ordinal);
    private string _current = Start;
    private int _documentStatus;

    public async Task<CrawlReport> CrawlFrom(string path)
    {
        page.Response += NoteResponse;
        try
        {
            await Found(new Uri(site, path), Start);
            var visited = 0;
            while (visited < pageCap && _queue.TryDequeue(out var next))
            {
                visited++;
                await Visit(next.Page, next.FoundOn);
            }
            return new CrawlReport(_links, MissingAnchors(), [.. _brokenResources.Values], visited, _queue.Count);
        }
        finally
        {
            page.Response -= NoteResponse;
        }
    }

    private async Task Found(Uri link, string foundOn)
    {
        if (CrawlScope.IsOutside(link, site))
            return;
        var pageUrl = CrawlScope.PageOf(link);
        if (CrawlScope.AnchorOf(link) is { } anchor)
            _anchorLinks.Add(new MissingAnchor(pageUrl, anchor, foundOn));
        if (!_seen.Add(pageUrl))
            return;
        if (CrawlScope.IsCheckedOnly(link))
        {
            var response = await checker.GetAsync(pageUrl);
            _links.Add(new CrawledLink(Display(pageUrl), response.Status, foundOn));
            await response.DisposeAsync();
        }
        else
        {
            _queue.Enqueue((pageUrl, foundOn));
        }
    }

    private async Task Visit(string pageUrl, string foundOn)
    {
        _current = Display(pageUrl);
        IResponse? response;
        try
        {
            response = await page.GotoAsync(pageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        }
        catch (PlaywrightException) when (_documentStatus >= 400)
        {
            // An error with an empty body: Chromium shows its own error page, and the reader a broken link.
            _links.Add(new CrawledLink(_current, _documentStatus, foundOn));
            return;
        }
        var status = response?.Status ?? 0;
        _links.Add(new CrawledLink(_current, status, foundOn));
        var contentType = response is null ? null : await response.HeaderValueAsync("content-type");
        if (status >= 400 || contentType?.StartsWith("text/html", StringComparison.Ordinal) != true)
            return;

        _ids[pageUrl] = [.. await page.EvaluateAsync<string[]>(IdsOnPage)];
        foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", LinksOnPage))
        {
            if (Uri.TryCreate(href, UriKind.Absolute, out var link))
                await Found(link, _current);
        }
    }

    private List<MissingAnchor> MissingAnchors() =>
        [.. _anchorLinks
            .Where(a => _ids.TryGetValue(a.Path, out var ids) && !ids.Contains(a.Anchor))
            .DistinctBy(a => (a.Path, a.Anchor))
            .Select(a => a with { Path = Display(a.Path) })];

    /// <summary>Notes the status of each page, and each stylesheet, script or image that failed: the page "works" but a reader sees it broken.</summary>
    private void NoteResponse(object? sender, IResponse response)
    {
        if (response.Request.IsNavigationRequest)
            _documentStatus = response.Status;
        else if (response.Status >= 400)
            _brokenResources.TryAdd(response.Url, new CrawledLink(Display(response.Url), response.Status, _current));
    }

    private string Display(string url)
    {
        var uri = new Uri(url);
        return string.Equals(uri.GetLeftPart(UriPartial.Authority), site.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? uri.PathAndQuery
            : url;
    }
}
