using System.Net;
using AngleSharp.Dom;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class VersionPageTests
{
    private const string Code = "/instruments/migration-code";

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Whole_text(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Has_an_anchor_on_every_provision_of_the_stored_text_parts_included()
        {
            var page = await site.GetDocument($"{Code}/2013-07-adopted");

            var stored = site.Read(store => store.Provisions("migration-code", "2013-07-adopted", "en")).Select(p => p.EId).ToList();
            var anchors = page.QuerySelectorAll("article.text section.provision[id]").Select(s => s.Id!).ToList();
            Assert.Equal(stored, anchors);
            Assert.True(stored.Count > 400, $"only {stored.Count} provisions: the text is not whole");
            Assert.Contains("art_45__para_1.3", anchors);
        }

        [Fact]
        public async Task Shows_each_provision_under_its_label_with_citations_as_links()
        {
            var page = await site.GetDocument($"{Code}/2013-07-adopted");

            var article = page.GetElementById("art_45")!;
            Assert.Equal("Article 45. Temporary residence permit", article.QuerySelector("h4")!.TextContent);
            var part = page.GetElementById("art_45__para_3")!;
            Assert.Equal("45.3.", part.QuerySelector(".num")!.TextContent);
            Assert.Contains(part.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"{Code}/2013-07-adopted/art_48" && a.TextContent == "Article 48");
        }

        [Fact]
        public async Task Headings_go_down_one_level_per_section_chapter_and_article()
        {
            var page = await site.GetDocument($"{Code}/2013-07-adopted");

            Assert.Equal("Migration Code of the Republic of Azerbaijan", page.QuerySelector("h1")!.TextContent);
            Assert.Equal("Section V. Legal status of foreigners and stateless persons", page.GetElementById("sec_5")!.QuerySelector("h2")!.TextContent);
            Assert.Equal("Chapter 10. Temporary and permanent residence", page.GetElementById("chp_10")!.QuerySelector("h3")!.TextContent);
        }

        [Fact]
        public async Task Each_article_and_part_has_a_permanent_link_to_its_own_page()
        {
            var page = await site.GetDocument($"{Code}/latest");

            var article = page.GetElementById("art_45")!;
            Assert.Equal($"{Code}/2018-amended/art_45", article.QuerySelector(".provision-head a.permalink")!.GetAttribute("href"));
            Assert.Equal($"{Code}/2018-amended/art_45__para_1", page.GetElementById("art_45__para_1")!.QuerySelector("a.num")!.GetAttribute("href"));
        }

        [Fact]
        public async Task A_procedure_reads_through_the_same_page_with_its_divisions_as_provisions()
        {
            var page = await site.GetDocument("/instruments/temporary-residence-permit/2014-11");

            Assert.Equal("Documents required", page.GetElementById("documents")!.QuerySelector("h2")!.TextContent);
            Assert.Contains(TocLinks(page), a => a.TextContent == "Who may apply" && a.GetAttribute("href") == "/instruments/temporary-residence-permit/2014-11#who-may-apply");
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Contents(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Lists_sections_chapters_and_articles_but_not_parts()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended");

            var links = TocLinks(page).Select(a => a.GetAttribute("href")!).ToList();
            Assert.Contains($"{Code}/2014-10-amended#sec_5", links);
            Assert.Contains($"{Code}/2014-10-amended#chp_10", links);
            Assert.Contains($"{Code}/2014-10-amended#art_10-1", links);
            Assert.DoesNotContain(links, l => l.Contains("__para_", StringComparison.Ordinal));
            var articles = site.Read(store => store.Provisions("migration-code", "2014-10-amended", "en")).Count(p => p.Kind == "article");
            Assert.Equal(articles, page.QuerySelectorAll("nav.toc li.article").Length);
        }

        [Fact]
        public async Task Nests_articles_in_their_chapter_and_chapters_in_their_section()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended");

            var article = TocLinks(page).Single(a => a.GetAttribute("href")!.EndsWith("#art_45", StringComparison.Ordinal));
            var chapter = article.ParentElement!.ParentElement!.Closest("li")!;
            Assert.Equal("Chapter 10. Temporary and permanent residence", chapter.QuerySelector("a")!.TextContent);
            Assert.Equal("Section V. Legal status of foreigners and stateless persons", chapter.ParentElement!.Closest("li")!.QuerySelector("a")!.TextContent);
        }

        [Fact]
        public async Task Links_anchors_on_the_same_view_so_the_sites_base_address_does_not_lead_home()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended?lang=az");

            Assert.All(TocLinks(page), a => Assert.StartsWith($"{Code}/2014-10-amended?lang=az#", a.GetAttribute("href"), StringComparison.Ordinal));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Version_banner(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Says_which_version_this_is_its_status_and_date()
        {
            var banner = Banner(await site.GetDocument($"{Code}/2013-07-adopted"));

            Assert.Equal("2013-07-adopted", banner.QuerySelector(".this-version .label")!.TextContent);
            Assert.Equal("Adopted", banner.QuerySelector(".this-version .status")!.TextContent);
            Assert.Equal("2013-07-02", banner.QuerySelector(".this-version time")!.GetAttribute("datetime"));
            Assert.Equal("2 July 2013", banner.QuerySelector(".this-version time")!.TextContent);
        }

        [Fact]
        public async Task Says_a_newer_version_exists_and_links_it_and_the_latest()
        {
            var banner = Banner(await site.GetDocument($"{Code}/2013-07-adopted"));

            var newer = banner.QuerySelector(".newer-version")!;
            Assert.Contains("A newer version exists", newer.TextContent, StringComparison.Ordinal);
            var links = newer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"{Code}/2014-10-amended", $"{Code}/2018-amended"], links);
        }

        [Fact]
        public async Task Links_newer_versions_in_the_language_read_when_they_have_it_and_never_to_a_missing_translation()
        {
            var banner = Banner(await site.GetDocument($"{Code}/2013-07-adopted?lang=az"));

            var links = banner.QuerySelectorAll(".newer-version a").Select(a => a.GetAttribute("href")).ToList();
            // 2014-10-amended has an Azerbaijani text; the 2018 text exists in English only.
            Assert.Equal([$"{Code}/2014-10-amended?lang=az", $"{Code}/2018-amended"], links);
        }

        [Fact]
        public async Task Says_nothing_of_newer_versions_on_the_newest()
        {
            var banner = Banner(await site.GetDocument($"{Code}/2018-amended"));

            Assert.Null(banner.QuerySelector(".newer-version"));
            Assert.Equal("This is the newest version.", banner.QuerySelector(".newest-version")!.TextContent);
        }

        [Fact]
        public async Task Shows_the_instruments_notice_in_the_language_of_the_text()
        {
            var english = Banner(await site.GetDocument($"{Code}/2013-07-adopted"));
            var azerbaijani = Banner(await site.GetDocument($"{Code}/2013-07-adopted?lang=az"));

            Assert.StartsWith("Unofficial text written for this knowledge base", english.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
            Assert.StartsWith("Bu mətn bilik bazası üçün", azerbaijani.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Latest_is_the_newest_version()
        {
            var page = await site.GetDocument($"{Code}/latest");

            Assert.Equal("2018-amended", Banner(page).QuerySelector(".this-version .label")!.TextContent);
            Assert.Equal($"{Code}/2018-amended", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class As_at_a_date(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Shows_the_version_in_force_that_day_and_says_so()
        {
            var page = await site.GetDocument($"{Code}/at/2014-01-01");

            var banner = Banner(page);
            Assert.Equal("2013-07-adopted", banner.QuerySelector(".this-version .label")!.TextContent);
            var asAt = banner.QuerySelector(".as-at")!;
            Assert.Equal("2014-01-01", asAt.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Contains("in force on that day, 2013-07-adopted", asAt.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.GetElementById("art_80"));
        }

        [Fact]
        public async Task Before_anything_was_adopted_shows_the_draft_then_current_and_says_why()
        {
            var banner = Banner(await site.GetDocument($"{Code}/at/2011-12-01"));

            Assert.Equal("2011-cabinet-draft", banner.QuerySelector(".this-version .label")!.TextContent);
            Assert.Contains("No version had been adopted by then", banner.QuerySelector(".as-at")!.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Keeps_the_date_when_the_reader_changes_language()
        {
            var page = await site.GetDocument($"{Code}/at/2014-01-01?lang=az");

            Assert.Equal("az", page.QuerySelector("article.text")!.GetAttribute("lang"));
            var english = page.QuerySelector("nav.language-switch a[hreflang=en]:not(.parallel-link)")!;
            Assert.Equal($"{Code}/at/2014-01-01", english.GetAttribute("href"));
            Assert.Equal($"{Code}/2013-07-adopted?lang=az", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        }

        [Fact]
        public async Task On_the_day_of_an_amendment_shows_the_amended_text()
        {
            var banner = Banner(await site.GetDocument($"{Code}/at/2014-10-17"));

            Assert.Equal("2014-10-amended", banner.QuerySelector(".this-version .label")!.TextContent);
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Languages(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Offers_the_same_version_in_each_language_it_has()
        {
            var page = await site.GetDocument($"{Code}/2013-07-adopted");

            var switcher = page.QuerySelector("nav.language-switch")!;
            var current = switcher.QuerySelector("[aria-current=page]")!;
            Assert.Equal(("en", "English"), (current.GetAttribute("lang"), current.TextContent));
            var others = switcher.QuerySelectorAll("a[hreflang]").Where(a => !a.ClassList.Contains("parallel-link")).ToList();
            Assert.Equal(["az", "ru"], others.Select(a => a.GetAttribute("hreflang")));
            Assert.Equal([$"{Code}/2013-07-adopted?lang=az", $"{Code}/2013-07-adopted?lang=ru"], others.Select(a => a.GetAttribute("href")));
            Assert.All(others, a => Assert.Equal(a.GetAttribute("hreflang"), a.GetAttribute("lang")));
        }

        [Fact]
        public async Task Shows_the_text_in_the_language_asked_for_marked_as_such()
        {
            var page = await site.GetDocument($"{Code}/2013-07-adopted?lang=az");

            Assert.Equal("az", page.QuerySelector("article.text")!.GetAttribute("lang"));
            Assert.Equal("Azərbaycan Respublikasının Miqrasiya Məcəlləsi", page.QuerySelector("h1")!.TextContent);
            Assert.Equal("Maddə 45. Müvəqqəti yaşamaq üçün icazə", page.GetElementById("art_45")!.QuerySelector("h4")!.TextContent);
            Assert.Equal($"{Code}/2013-07-adopted/art_45?lang=az", page.GetElementById("art_45")!.QuerySelector("a.permalink")!.GetAttribute("href"));
        }

        [Fact]
        public async Task A_version_in_one_language_offers_no_switch()
        {
            var page = await site.GetDocument($"{Code}/2018-amended");

            Assert.Null(page.QuerySelector("nav.language-switch"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Parallel_view(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Puts_a_row_per_provision_aligned_by_id_with_each_language_marked()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended?lang=en&parallel=az");

            var rows = page.QuerySelectorAll(".parallel-row").ToList();
            var english = site.Read(store => store.Provisions("migration-code", "2014-10-amended", "en")).Select(p => p.EId).ToList();
            Assert.Equal(english, rows.Select(r => r.Id));
            var article = rows.Single(r => r.GetAttribute("data-eid") == "art_45");
            var cells = article.QuerySelectorAll(".cell").ToList();
            Assert.Equal(["en", "az"], cells.Select(c => c.GetAttribute("lang")));
            Assert.Equal("Article 45. Temporary residence permit", cells[0].QuerySelector("h4")!.TextContent);
            Assert.Equal("Maddə 45. Müvəqqəti yaşamaq üçün icazə", cells[1].QuerySelector("h4")!.TextContent);
            Assert.Empty(page.QuerySelectorAll(".cell.missing"));
        }

        [Fact]
        public async Task Links_each_side_to_its_own_languages_provision_page()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended?lang=en&parallel=az");

            var cells = page.GetElementById("art_10-1")!.QuerySelectorAll(".cell a.permalink").Select(a => a.GetAttribute("href"));
            Assert.Equal([$"{Code}/2014-10-amended/art_10-1", $"{Code}/2014-10-amended/art_10-1?lang=az"], cells);
        }

        [Fact]
        public async Task Is_offered_for_each_other_language_and_can_be_turned_off()
        {
            var single = await site.GetDocument($"{Code}/2013-07-adopted?lang=ru");
            var parallel = await site.GetDocument($"{Code}/2013-07-adopted?lang=ru&parallel=en");

            Assert.Equal([$"{Code}/2013-07-adopted?lang=ru&parallel=en", $"{Code}/2013-07-adopted?lang=ru&parallel=az"],
                single.QuerySelectorAll("a.parallel-link").Select(a => a.GetAttribute("href")));
            Assert.Equal($"{Code}/2013-07-adopted?lang=ru", parallel.QuerySelector("a.single-link")!.GetAttribute("href"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Not_found(ShippedSiteFactory site)
    {
        [Theory]
        [InlineData("/instruments/no-such-code/latest")]
        [InlineData(Code + "/1999-draft")]
        [InlineData(Code + "/2011-working-draft")]        // internal: not in the public build
        [InlineData(Code + "/at/2014-02-30")]             // no such day
        [InlineData(Code + "/at/2014-13-01")]
        [InlineData(Code + "/at/1-1-2014")]
        [InlineData(Code + "/at/yesterday")]
        [InlineData(Code + "/2014-10-amended?lang=en&parallel=en")]
        [InlineData(Code + "/2014-10-amended?lang=en&parallel=fr")]
        public async Task Unknown_versions_dates_and_languages_get_the_friendly_404(string url)
        {
            var page = await site.GetDocument(url, HttpStatusCode.NotFound);

            Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
            Assert.Null(page.QuerySelector("article.text"));
        }

        [Fact]
        public async Task A_version_without_the_language_asked_for_lists_those_it_has()
        {
            var page = await site.GetDocument($"{Code}/2013-04-parliament-draft?lang=az", HttpStatusCode.NotFound);

            Assert.Contains("has no text in “az”", page.QuerySelector(".missing-language")!.TextContent, StringComparison.Ordinal);
            var offered = page.QuerySelectorAll("ul.languages a").ToList();
            Assert.Equal([$"{Code}/2013-04-parliament-draft"], offered.Select(a => a.GetAttribute("href")));
            Assert.Equal("en", offered[0].GetAttribute("hreflang"));
        }
    }

    private static IElement Banner(IDocument page) => page.QuerySelector("section.version-banner")!;

    private static IEnumerable<IElement> TocLinks(IDocument page) => page.QuerySelectorAll("nav.toc a");
}
