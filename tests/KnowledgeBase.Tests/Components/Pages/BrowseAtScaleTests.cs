using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Components.Pages;

/// <summary>The home and browse pages over a corpus with more laws than a page holds: the home page links them instead of
/// listing them, the kind is browsed by year, and a long year by page.</summary>
public sealed class BrowseAtScaleTests(BrowseAtScaleTests.ManyLaws site) : IClassFixture<BrowseAtScaleTests.ManyLaws>
{
    /// <summary>150 laws made in 2008 (one a day from 1 January), one law in each year 1990–2009, and two decrees.</summary>
    public sealed class ManyLaws : IDisposable
    {
        public const int LawsOf2008 = 151;
        public const int Laws = 170;

        private readonly TempFolder _temp = new();

        public ManyLaws()
        {
            var start = new DateOnly(2008, 1, 1);
            for (var i = 0; i < 150; i++)
                Write($"law-2008-{i:000}", "law", $"Law No. {i:000} of 2008", start.AddDays(i));
            for (var year = 1990; year <= 2009; year++)
                Write($"law-{year}", "law", $"Law of {year}", new DateOnly(year, 12, 31));
            Write("decree-1", "decree", "First decree", new DateOnly(2001, 1, 1));
            Write("decree-2", "decree", "Second decree", new DateOnly(2002, 1, 1));
            Factory = new SiteFactory(_temp.Combine("content"));
        }

        public SiteFactory Factory { get; }

        public async Task<(HttpStatusCode Status, IDocument Page)> Get(string url, string? uiLanguage = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            if (uiLanguage is not null)
                request.Headers.Add("Cookie", $"{KnowledgeBase.Site.UiLanguage.CookieName}={uiLanguage}");
            using var response = await Factory.CreateClient().SendAsync(request);
            return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
        }

        private void Write(string slug, string kind, string title, DateOnly date)
        {
            var folder = _temp.Combine("content", slug);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "instrument.yml"), $"title: {{ en: {title} }}\nkind: {kind}\n");
            var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"{iso}.en.md"), $"---\ndate: {iso}\nstatus: in-force\n---\n# {title}\n\n### Article 1\n\n1.1. It applies.\n");
        }

        public void Dispose()
        {
            Factory.Dispose();
            _temp.Dispose();
        }
    }

    [Fact]
    public async Task The_home_page_counts_a_large_kind_and_links_its_browse_page_instead_of_listing_it()
    {
        var (status, page) = await site.Get("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["Laws 170", "Decrees 2"], page.QuerySelectorAll("h3.kind").Select(h => h.TextContent.Trim()));
        var browse = Assert.Single(page.QuerySelectorAll(".browse-kind a"));
        Assert.Equal("/browse/law", browse.GetAttribute("href"));
        Assert.Equal("Browse all 170 laws by year", browse.TextContent.Trim());
        // Only the two decrees are listed: no law is, however many there are.
        Assert.Equal(["/instruments/decree-1", "/instruments/decree-2"],
            page.QuerySelectorAll("ul.instrument-list li > a:first-child").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_kind_larger_than_a_page_is_indexed_by_year_newest_first_and_not_listed()
    {
        var (status, page) = await site.Get("/browse/law");

        Assert.Equal(HttpStatusCode.OK, status);
        var years = page.QuerySelectorAll("nav.years li");
        Assert.Equal(20, years.Length);
        Assert.Equal("/browse/law/2009", years[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(ManyLaws.LawsOf2008.ToString(CultureInfo.InvariantCulture), years[1].QuerySelector(".count")!.TextContent.Trim());
        Assert.Equal("/browse/law/1990", years[^1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".browse-list li"));
    }

    [Fact]
    public async Task A_long_year_is_listed_by_date_a_hundred_to_a_page()
    {
        var (_, first) = await site.Get("/browse/law/2008");
        var (status, second) = await site.Get("/browse/law/2008?page=2");

        Assert.Equal(HttpStatusCode.OK, status);
        var firstLinks = first.QuerySelectorAll("ul.instrument-list li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(100, firstLinks.Count);
        Assert.Equal("/instruments/law-2008-000", firstLinks[0]);
        Assert.Equal("/instruments/law-2008-099", firstLinks[^1]);
        var secondLinks = second.QuerySelectorAll("ul.instrument-list li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(ManyLaws.LawsOf2008 - 100, secondLinks.Count);
        Assert.Equal("/instruments/law-2008", secondLinks[^1]);   // made on 31 December
        Assert.Equal("/browse/law/2008?page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/browse/law/2008", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Page 2 of 2", second.QuerySelector("#list-heading")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Pages of the list")]
    [InlineData("az", "Siyahının səhifələri")]
    public async Task The_pager_says_it_pages_the_list_not_search_results(string uiLanguage, string label)
    {
        var (_, page) = await site.Get("/browse/law/2008", uiLanguage);

        Assert.Equal(label, page.QuerySelector("nav.pager")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("/browse/law?page=2")]        // a kind too large for a page is browsed by year, not by page
    [InlineData("/browse/law/2008?page=3")]
    [InlineData("/browse/law/2010")]
    public async Task Answers_404_past_the_last_page_and_for_an_empty_year(string url)
    {
        var (status, _) = await site.Get(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }
}
