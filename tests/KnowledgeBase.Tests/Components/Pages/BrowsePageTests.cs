using System.Net;

namespace KnowledgeBase.Tests.Components.Pages;

/// <summary>The browse page of one kind on the shipped corpus, where every kind fits one page.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class BrowsePageTests(ShippedSiteFactory site)
{
    [Fact]
    public async Task Lists_every_instrument_of_the_kind_by_title_with_its_newest_version()
    {
        var page = await site.GetDocument("/browse/decree");

        Assert.Equal("Decrees", page.QuerySelector("h1")!.TextContent.Trim());
        var items = page.QuerySelectorAll("ul.instrument-list li");
        Assert.Equal(["/instruments/decree-276", "/instruments/decree-2011-e-services", "/instruments/decree-560"],
            items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("/instruments/decree-560/2007-03-19", items[2].QuerySelector(".muted a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task Indexes_the_kind_by_year_newest_first_with_counts()
    {
        var page = await site.GetDocument("/browse/decree");

        var years = page.QuerySelectorAll("nav.years li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["2011 1", "2010 1", "2007 1"], years);
        Assert.Equal("/browse/decree/2010", page.QuerySelectorAll("nav.years a")[1].GetAttribute("href"));
    }

    [Fact]
    public async Task A_year_lists_the_instruments_first_made_that_year_and_marks_the_year_chosen()
    {
        var page = await site.GetDocument("/browse/decree/2010");

        Assert.Equal("Decrees of 2010", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/instruments/decree-276"], page.QuerySelectorAll(".browse-list li > a:first-child").Select(a => a.GetAttribute("href")));
        Assert.Equal("2010", page.QuerySelector("nav.years a[aria-current=page]")!.TextContent.Trim());
        Assert.Equal("/browse/decree", page.QuerySelector("nav.breadcrumbs a[href='/browse/decree']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Offers_a_search_of_the_kind_alone()
    {
        var page = await site.GetDocument("/browse/decree");

        var form = page.QuerySelector("form.browse-search")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("decree", form.QuerySelector("input[name=kind]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Speaks_Azerbaijani()
    {
        var page = await site.GetDocument("/browse/decree/2010", uiLanguage: "az");

        Assert.Equal("Fərmanlar: 2010", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("İllər", page.QuerySelector("nav.years")!.GetAttribute("aria-label"));
        Assert.Equal("Vahid Miqrasiya İnformasiya Sistemi haqqında Əsasnamənin təsdiq edilməsi barədə Azərbaycan Respublikası Prezidentinin Fərmanı",
            page.QuerySelector(".browse-list li > a")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/browse/no-such-kind")]
    [InlineData("/browse/procedure")]            // procedures have their own index, by topic
    [InlineData("/browse/decree/1999")]          // no decree that year
    [InlineData("/browse/decree?page=2")]        // one page only
    [InlineData("/browse/decree?page=0")]
    [InlineData("/browse/decree?page=abc")]
    public async Task Answers_404_for_what_does_not_exist(string url)
    {
        var page = await site.GetDocument(url, HttpStatusCode.NotFound);

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
    }
}
