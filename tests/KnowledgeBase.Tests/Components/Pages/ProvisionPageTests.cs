using System.Net;
using AngleSharp.Dom;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class ProvisionPageTests
{
    private const string Code = "/instruments/migration-code";

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Text(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Shows_the_provision_under_its_label_with_all_its_parts_and_nothing_else()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            Assert.Equal("Article 45. Temporary residence permit", page.QuerySelector("h1")!.TextContent);
            var stored = site.Read(store => store.Provisions("migration-code", "2014-10-amended", "en"))
                .Where(p => p.EId == "art_45" || p.EId.StartsWith("art_45__", StringComparison.Ordinal)).Select(p => p.EId);
            Assert.Equal(stored, page.QuerySelectorAll("article.provision-text section.provision[id]").Select(s => s.Id));
            Assert.Equal("45.1.3-1.", page.GetElementById("art_45__para_1.3-1")!.QuerySelector(".num")!.TextContent);
        }

        [Fact]
        public async Task Keeps_the_citations_in_it_as_links_to_their_targets()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            var links = page.QuerySelectorAll("article.provision-text p a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
            Assert.Contains(("Article 36.1.4", $"{Code}/2014-10-amended/art_36__para_1.4"), links);
            Assert.Contains(("Article 27", $"{Code}/2014-10-amended/art_27"), links);
        }

        [Fact]
        public async Task Leads_back_along_instrument_version_and_the_provisions_it_sits_in()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45__para_1.3");

            var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").ToList();
            Assert.Equal(["Migration Code of the Republic of Azerbaijan", "2014-10-amended", "Section V", "Chapter 10", "Article 45", "45.1.", "45.1.3."],
                crumbs.Select(c => c.TextContent.Trim()));
            Assert.Equal([Code, $"{Code}/2014-10-amended", $"{Code}/2014-10-amended/sec_5", $"{Code}/2014-10-amended/chp_10", $"{Code}/2014-10-amended/art_45", $"{Code}/2014-10-amended/art_45__para_1"],
                crumbs.SkipLast(1).Select(c => c.QuerySelector("a")!.GetAttribute("href")));
            Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
        }

        [Fact]
        public async Task Is_found_by_the_date_in_force_too()
        {
            var page = await site.GetDocument($"{Code}/at/2014-01-01/art_45");

            Assert.Equal("2013-07-adopted", page.QuerySelector("section.version-banner .this-version .label")!.TextContent);
            Assert.Equal($"{Code}/2013-07-adopted/art_45", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Null(page.GetElementById("art_45__para_1.3-1"));
        }

        [Fact]
        public async Task Is_shown_in_the_language_asked_for()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45?lang=ru");

            Assert.Equal("Статья 45. Разрешение на временное проживание", page.QuerySelector("h1")!.TextContent);
            Assert.Equal("ru", page.QuerySelector("article.provision-text")!.GetAttribute("lang"));
            Assert.Equal([$"{Code}/2014-10-amended/art_45", $"{Code}/2014-10-amended/art_45?lang=az"],
                page.QuerySelectorAll("nav.language-switch a").Select(a => a.GetAttribute("href")));
        }

        [Fact]
        public async Task A_newer_version_is_linked_at_this_provision_there()
        {
            var page = await site.GetDocument($"{Code}/2011-cabinet-draft/art_44");

            Assert.Equal($"{Code}/2013-04-parliament-draft/art_45", page.QuerySelector(".newer-version a")!.GetAttribute("href"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Cited_by(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Lists_the_citing_provisions_of_every_instrument_with_instrument_and_version()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            var groups = page.QuerySelectorAll("section.cited-by > ul > li").ToList();
            var procedure = groups.Single(g => g.QuerySelector(".instrument")!.TextContent == "Issue of a temporary residence permit");
            Assert.Equal("2014-11", procedure.QuerySelector(".version")!.TextContent);
            Assert.Contains(procedure.QuerySelectorAll("a"), a => a.TextContent == "Who may apply"
                && a.GetAttribute("href") == "/instruments/temporary-residence-permit/2014-11/who-may-apply");
            var code = groups.Single(g => g.QuerySelector(".instrument")!.TextContent == "Migration Code of the Republic of Azerbaijan");
            Assert.Contains(code.QuerySelectorAll("a"), a => a.TextContent == "27.3." && a.GetAttribute("href") == $"{Code}/2014-10-amended/art_27__para_3");
        }

        [Fact]
        public async Task Agrees_with_the_stored_citations()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            var stored = site.Read(store => store.CitationsTo("migration-code", "2014-10-amended", "art_45"))
                .Select(c => (c.SourceKey, c.SourceEId)).Distinct().Count();
            Assert.Equal(stored, page.QuerySelectorAll("section.cited-by ul.provisions a").Length);
        }

        [Fact]
        public async Task Says_so_when_nothing_cites_the_provision()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_16");

            Assert.Empty(page.QuerySelectorAll("section.cited-by a"));
            Assert.Equal("No provision in the knowledge base cites this one.", page.QuerySelector("section.cited-by p")!.TextContent);
            Assert.Equal("No procedure names this provision in its legal basis.", page.QuerySelector("section.applying-procedures p")!.TextContent);
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Procedures(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Lists_the_procedures_whose_legal_basis_names_it_linked_to_their_pages()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            var procedures = page.QuerySelectorAll("section.applying-procedures li a").ToList();
            var permit = Assert.Single(procedures);
            Assert.Equal(("Issue of a temporary residence permit", "/procedures/temporary-residence-permit"), (permit.TextContent, permit.GetAttribute("href")));
        }

        [Fact]
        public async Task Follow_the_provision_through_renumbering_not_the_number()
        {
            // The 2013 draft inserted Article 6, so Article 20 of the 2011 draft is Article 21 of the adopted texts, which the
            // registration procedure names; Article 21 of the 2011 draft is the period of stay (22 later), which it does not.
            var registration = await site.GetDocument($"{Code}/2011-cabinet-draft/art_20");
            var periodOfStay = await site.GetDocument($"{Code}/2011-cabinet-draft/art_21");

            Assert.Equal("Article 20. Registration at the place of stay", registration.QuerySelector("h1")!.TextContent);
            Assert.Contains(ProceduresOn(registration), href => href == "/procedures/registration-at-place-of-stay");
            Assert.Equal("Article 21. Period of temporary stay", periodOfStay.QuerySelector("h1")!.TextContent);
            Assert.Equal(["/procedures/extension-of-temporary-stay"], ProceduresOn(periodOfStay));
        }

        private static List<string?> ProceduresOn(IDocument page) =>
            [.. page.QuerySelectorAll("section.applying-procedures li a").Select(a => a.GetAttribute("href"))];
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class History(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Lists_every_public_version_with_the_number_the_article_had_there()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            var entries = Entries(page);
            Assert.Equal(["2011-cabinet-draft", "2013-04-parliament-draft", "2013-07-adopted", "2014-10-amended", "2018-amended"], entries.Select(e => e.Version));
            Assert.Equal(["Article 44. Temporary residence permit", "Article 45. Temporary residence permit", "Article 45. Temporary residence permit",
                "Article 45. Temporary residence permit", "Article 45. Temporary residence permit"], entries.Select(e => e.Label));
            Assert.Equal($"{Code}/2011-cabinet-draft/art_44", entries[0].Href);
            Assert.Null(entries[3].Href);
            Assert.Equal("page", page.QuerySelectorAll("section.history li")[3].GetAttribute("aria-current"));
        }

        [Fact]
        public async Task Follows_a_renumbered_article_from_the_older_draft_too()
        {
            var entries = Entries(await site.GetDocument($"{Code}/2011-cabinet-draft/art_44"));

            Assert.Equal($"{Code}/2013-04-parliament-draft/art_45", entries[1].Href);
            Assert.Equal($"{Code}/2018-amended/art_45", entries[4].Href);
        }

        [Fact]
        public async Task Follows_a_part_by_its_articles_key_and_its_number_below_the_article()
        {
            var entries = Entries(await site.GetDocument($"{Code}/2014-10-amended/art_45__para_1.3"));

            Assert.Equal(["44.1.3.", "45.1.3.", "45.1.3.", "45.1.3.", "45.1.3."], entries.Select(e => e.Label));
            Assert.Equal($"{Code}/2011-cabinet-draft/art_44__para_1.3", entries[0].Href);
        }

        [Fact]
        public async Task Marks_the_versions_that_lack_an_inserted_part()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45__para_1.3-1");

            var entries = Entries(page);
            Assert.Equal([null, null, null, "45.1.3-1.", "45.1.3-1."], entries.Select(e => e.Label));
            Assert.Equal(3, page.QuerySelectorAll("section.history li.absent").Length);
            Assert.All(page.QuerySelectorAll("section.history li.absent"), li => Assert.Empty(li.QuerySelectorAll("a")));
        }

        [Fact]
        public async Task Is_matched_in_another_language_where_a_version_lacks_the_one_asked_for()
        {
            var entries = Entries(await site.GetDocument($"{Code}/2014-10-amended/art_45?lang=az"));

            Assert.Equal($"{Code}/2011-cabinet-draft/art_44", entries[0].Href);
            Assert.Equal($"{Code}/2013-07-adopted/art_45?lang=az", entries[2].Href);
            Assert.Equal("Maddə 45. Müvəqqəti yaşamaq üçün icazə", entries[2].Label);
        }

        private static List<(string Version, string? Label, string? Href)> Entries(IDocument page) =>
            [.. page.QuerySelectorAll("section.history li").Select(li => (
                li.QuerySelector(".version")!.TextContent.Trim(),
                li.QuerySelector(".label")?.TextContent,
                li.QuerySelector(".version a")?.GetAttribute("href")))];
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Not_found(ShippedSiteFactory site)
    {
        [Theory]
        [InlineData(Code + "/2014-10-amended/art_999")]
        [InlineData(Code + "/2014-10-amended/art_45__para_9")]
        [InlineData(Code + "/1999-draft/art_45")]
        [InlineData(Code + "/at/2014-02-30/art_45")]
        [InlineData(Code + "/at/2011-12-01/art_10-1")]     // inserted in 2014: not in the text in force in 2011
        [InlineData("/instruments/no-such-code/latest/art_1")]
        public async Task Unknown_provisions_versions_and_dates_get_the_friendly_404(string url)
        {
            var page = await site.GetDocument(url, HttpStatusCode.NotFound);

            Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
        }

        [Fact]
        public async Task A_language_the_version_lacks_is_404_listing_those_it_has()
        {
            var page = await site.GetDocument($"{Code}/2018-amended/art_45?lang=ru", HttpStatusCode.NotFound);

            Assert.Equal([$"{Code}/2018-amended/art_45"], page.QuerySelectorAll("ul.languages a").Select(a => a.GetAttribute("href")));
        }
    }
}
