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
        string[] problems =
        [
            .. report.Broken.Select(l => $"broken link: {l}"),
            .. report.MissingAnchors.Select(a => $"missing anchor: {a}"),
            .. report.BrokenResources.Select(r => $"broken resource: {r}"),
        ];
        Assert.True(problems.Length == 0, $"{report}\n{string.Join('\n', problems)}");
        // A crawl that read no link would pass the line above: make sure it went past the home page.
        Assert.Contains(report.Links, l => l.Path == "/instruments/migration-code" && l.Status == 200);
    }
}
