using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>Follows every link of the site from one page, breadth-first within each kind of page, in a real browser, up to a number of pages.</summary>
/// <remarks>
/// Links are read from the rendered page (<c>a.href</c>), so they are resolved exactly as a reader's browser resolves them.
/// Each page is visited once whatever its fragments; every <c>#id</c> a link points to is checked on the page it names.
/// A few tabs visit the pages of one breadth-first round together; their findings are merged in order, one tab at a time.
/// Check-only links go through <paramref name="checker"/>, a request context of its own, so the language switch's cookie
/// never changes the language of the pages the crawl reads.
/// </remarks>
public sealed class SiteCrawler(IBrowserContext context, IAPIRequestContext checker, Uri site, int pageCap, int tabs = 3)
{
    private const string Start = "(start)";

    private readonly CrawlQueue _queue = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<CrawledLink> _links = [];
    private readonly Dictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);
    private readonly List<MissingAnchor> _anchorLinks = [];
    private readonly ConcurrentDictionary<string, CrawledLink> _brokenResources = new(StringComparer.Ordinal);

    public async Task<CrawlReport> CrawlFrom(string path)
    {
        var open = new List<CrawlTab>();
        for (var i = 0; i < tabs; i++)
            open.Add(await CrawlTab.Open(context, _brokenResources, Display));

        await Found(new Uri(site, path), Start);
        var visited = 0;
        while (visited < pageCap && _queue.Count > 0)
        {
            var round = new List<(string Page, string FoundOn)>();
            while (round.Count < Math.Min(tabs, pageCap - visited) && _queue.TryDequeue(out var next))
                round.Add(next);
            visited += round.Count;
            var visits = await Task.WhenAll(round.Select((next, i) => open[i].Visit(next.Page)));
            for (var i = 0; i < round.Count; i++)
                await Record(visits[i], round[i].FoundOn);
        }
        return new CrawlReport(_links, MissingAnchors(), [.. _brokenResources.Values], visited, _queue.Count);
    }

    private async Task Record(PageVisit visit, string foundOn)
    {
        var here = Display(visit.Url);
        _links.Add(new CrawledLink(here, visit.Status, foundOn));
        if (visit.Ids is not null)
            _ids[visit.Url] = visit.Ids;
        foreach (var href in visit.Links)
        {
            if (Uri.TryCreate(href, UriKind.Absolute, out var link))
                await Found(link, here);
        }
    }

    private async Task Found(Uri link, string foundOn)
    {
        if (CrawlScope.IsOutside(link, site))
            return;
        var pageUrl = CrawlScope.PageOf(link);
        if (CrawlScope.AnchorOf(link) is { } anchor)
            _anchorLinks.Add(new MissingAnchor(pageUrl, anchor, foundOn));
        if (!_seen.Add(CrawlScope.IsCheckedOnly(link) ? CrawlScope.EndpointOf(link) : pageUrl))
            return;
        if (CrawlScope.IsCheckedOnly(link))
        {
            var response = await checker.GetAsync(pageUrl);
            _links.Add(new CrawledLink(Display(pageUrl), response.Status, foundOn));
            await response.DisposeAsync();
        }
        else
        {
            _queue.Enqueue(pageUrl, foundOn);
        }
    }

    private List<MissingAnchor> MissingAnchors() =>
        [.. _anchorLinks
            .Where(a => _ids.TryGetValue(a.Path, out var ids) && !ids.Contains(a.Anchor))
            .DistinctBy(a => (a.Path, a.Anchor))
            .Select(a => a with { Path = Display(a.Path) })];

    private string Display(string url)
    {
        var uri = new Uri(url);
        return string.Equals(uri.GetLeftPart(UriPartial.Authority), site.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
            ? uri.PathAndQuery
            : url;
    }
}
