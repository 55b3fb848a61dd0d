using System.Net;

namespace KnowledgeBase.Tests.Components.Pages;

/// <summary>The home page on the shipped corpus: search first, each kind of instrument with its count, small kinds listed whole.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class HomeTests(ShippedSiteFactory site)
{
    [Fact]
    public async Task Names_each_kind_with_its_count_the_most_authoritative_first_and_links_it_to_its_browse_page()
    {
        var page = await site.GetDocument("/");

        var kinds = page.QuerySelectorAll("h3.kind").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Codes 1", "Strategies 1", "Decrees 3", "Orders 1", "Regulations 1"], kinds);
        Assert.Equal(["/browse/code", "/browse/strategy", "/browse/decree", "/browse/order", "/browse/regulation"],
            page.QuerySelectorAll("h3.kind a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Lists_a_small_kind_whole_by_title_with_its_newest_version_and_status()
    {
        var page = await site.GetDocument("/");

        var decrees = page.QuerySelectorAll("h3.kind").Single(h => h.TextContent.Contains("Decrees", StringComparison.Ordinal)).NextElementSibling!;
        var links = decrees.QuerySelectorAll("li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/instruments/decree-276", "/instruments/decree-2011-e-services", "/instruments/decree-560"], links);
        var decree276 = decrees.QuerySelectorAll("li")[0];
        Assert.Equal("/instruments/decree-276/2010-06-04", decree276.QuerySelector(".muted a")!.GetAttribute("href"));
        Assert.Equal("In force", decree276.QuerySelector(".status")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".browse-kind"));
    }

    [Fact]
    public async Task Puts_the_search_box_first_and_links_the_procedures_and_the_feed()
    {
        var page = await site.GetDocument("/");

        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Same(form, page.QuerySelectorAll("main form, main section")[0]);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/procedures" && a.TextContent.Contains("14", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/feed.atom");
        Assert.Equal(8, page.QuerySelectorAll("ol.changes li").Length);
    }

    [Fact]
    public async Task Speaks_Azerbaijani_in_kinds_counts_and_titles()
    {
        var page = await site.GetDocument("/", HttpStatusCode.OK, uiLanguage: "az");

        Assert.Contains("Fərmanlar 3", page.QuerySelectorAll("h3.kind").Select(h => h.TextContent.Trim()));
        Assert.Contains(page.QuerySelectorAll("ul.instrument-list a"), a => a.TextContent.Trim() == "Azərbaycan Respublikasının Miqrasiya Məcəlləsi");
    }
}
