using KnowledgeBase.Tests.Browser.AwaitingPages;
using KnowledgeBase.Tests.Browser.Crawling;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A reader who clicks every link of the site, starting from the home page, never meets an error.</summary>
public sealed class SiteCrawlTests(BrowserSite site, ITestOutputHelper output) : BrowserTest(site)
{
    /// <summary>
    /// Enough for every kind of page of the shipped corpus, kinds taken in turn (<see cref="CrawlQueue"/>): over all the pages
    /// of issue 4 it visits every version, translation, parallel view and procedure page, and the rest of the cap goes to
    /// provisions and search filters; about half a minute on this machine.
    /// </summary>
    private const int PageCap = 400;

    [BrowserFact]
    public async Task Following_every_link_from_the_home_page_never_ends_on_an_error()
    {
        await using var checker = await Site.Playwright.APIRequest.NewContextAsync(new() { BaseURL = Site.BaseAddress.ToString() });

        var report = await new SiteCrawler(Context, checker, Site.BaseAddress, PageCap).CrawlFrom("/");

        output.WriteLine(report.ToString());
        var awaited = report.Broken.Where(l => l.Status == 404 && AwaitedPages.Matching(l.Path) is not null).ToList();
        var landed = report.Links.Where(l => !l.IsBroken && AwaitedPages.Matching(l.Path) is not null)
            .GroupBy(l => AwaitedPages.Matching(l.Path)!)
            .Select(g => $"{g.Key} answers now ({g.First().Path}): delete its entry from AwaitedPages");
        foreach (var link in awaited)
            output.WriteLine($"awaited: {link}");
        string[] problems =
        [
            .. report.Broken.Except(awaited).Select(l => $"broken link: {l}"),
            .. report.MissingAnchors.Select(a => $"missing anchor: {a}"),
            .. report.BrokenResources.Select(r => $"broken resource: {r}"),
            .. landed,
        ];
        Assert.True(problems.Length == 0, $"{report}\n{string.Join('\n', problems)}");
        // A crawl that read no link would pass the line above: make sure it went past the home page.
        Assert.Contains(report.Links, l => l.Path == "/instruments/migration-code" && l.Status == 200);
    }
}
