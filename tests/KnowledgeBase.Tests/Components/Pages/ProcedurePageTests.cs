using System.Net;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class ProcedurePageTests
{
    private const string Registration = "/procedures/registration-at-place-of-stay";

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Text(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Shows_title_notice_version_and_every_division()
        {
            var page = await site.GetDocument("/procedures/work-permit-extension");

            Assert.Equal("Extension of a work permit", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Contains("not an official procedure text", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("2014-11", page.QuerySelector(".version-banner")!.TextContent, StringComparison.Ordinal);
            var divisions = page.QuerySelectorAll(".division h2").Select(h => h.TextContent.Trim());
            Assert.Equal(["Who may apply", "Documents required", "Steps", "Fees", "Time limits", "Decision and appeal"], divisions);
            Assert.NotNull(page.QuerySelector("section.division:has(#fees) table"));
            Assert.NotNull(page.QuerySelector("#preamble"));
        }

        [Fact]
        public async Task Gives_the_azerbaijani_text_on_request_and_links_the_languages()
        {
            var page = await site.GetDocument("/procedures/work-permit-extension?lang=az");

            Assert.Equal("İş icazəsinin müddətinin uzadılması", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.Equal("az", page.QuerySelector(".procedure-text")!.GetAttribute("lang"));
            Assert.Contains("Kimlər müraciət edə bilər", page.QuerySelector(".division h2")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("/procedures/work-permit-extension", page.QuerySelector(".languages a[hreflang=en]")!.GetAttribute("href"));
        }

        [Theory]
        [InlineData("/procedures/no-such-procedure")]
        [InlineData("/procedures/migration-code")]
        [InlineData("/procedures/work-permit-extension?version=1999-01")]
        [InlineData("/procedures/work-permit-extension?lang=ru")]
        public async Task An_unknown_procedure_version_or_language_is_the_friendly_404(string url)
        {
            var page = await site.GetDocument(url, HttpStatusCode.NotFound);

            Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class LegalBasis(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Quotes_each_cited_provision_as_in_force_today_with_a_link_to_it()
        {
            var page = await site.GetDocument(Registration);

            var article21 = page.QuerySelectorAll(".basis-item").Single(i => i.QuerySelector("h3")!.TextContent.Contains("Article 21.", StringComparison.Ordinal));
            Assert.Equal("/instruments/migration-code/2018-amended/art_21", article21.QuerySelector("h3 a")!.GetAttribute("href"));
            Assert.Contains("2018-amended", article21.QuerySelector(".in-force")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("within 10 days of arrival", article21.QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
            var parts = article21.QuerySelectorAll(".parts a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
            Assert.Contains(("21.4.3", "/instruments/migration-code/2018-amended/art_21__para_4.3"), parts);
        }

        [Fact]
        public async Task Shows_each_provision_once_with_the_parts_it_cites_inside_it()
        {
            var page = await site.GetDocument(Registration);

            var headings = page.QuerySelectorAll(".basis-item h3").Select(h => h.TextContent.Trim()).ToList();
            Assert.Equal(4, headings.Count);
            Assert.Contains(headings, h => h.StartsWith("Regulation on the Unified Migration Information System", StringComparison.Ordinal) && h.EndsWith("9.1.3", StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll(".legal-basis [id^=art_]"));
        }

        [Fact]
        public async Task The_2013_version_says_its_legal_basis_changed_and_links_to_the_2014_provision()
        {
            var page = await site.GetDocument(Registration + "?version=2013-08");

            var notice = page.QuerySelector(".basis-changed-notice")!;
            Assert.Equal("Legal basis changed since this procedure was written", notice.QuerySelector("h2")!.TextContent.Trim());
            var change = notice.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Article 21.", StringComparison.Ordinal));
            Assert.Equal("2014-10-17", change.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Equal("/instruments/migration-code/2014-10-amended/art_21", change.QuerySelector("a")!.GetAttribute("href"));

            var item = page.QuerySelectorAll(".basis-item").Single(i => i.QuerySelector("h3")!.TextContent.Contains("Article 21.", StringComparison.Ordinal));
            var itemNotice = item.QuerySelector(".basis-changed")!.TextContent;
            Assert.Contains("Legal basis changed since this procedure was written", itemNotice, StringComparison.Ordinal);
            Assert.Contains("21.1", itemNotice, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Only_the_provisions_that_changed_are_flagged()
        {
            var page = await site.GetDocument(Registration + "?version=2013-08");

            var flagged = page.QuerySelectorAll(".basis-changed-notice li").Select(li => li.TextContent).ToList();
            Assert.Single(flagged);
            var article24 = page.QuerySelectorAll(".basis-item").Single(i => i.QuerySelector("h3")!.TextContent.Contains("Article 24.", StringComparison.Ordinal));
            Assert.Null(article24.QuerySelector(".basis-changed"));
        }

        [Fact]
        public async Task The_2014_version_written_after_the_change_says_nothing_changed()
        {
            var page = await site.GetDocument(Registration);

            Assert.Contains("2014-11", page.QuerySelector(".version-banner strong")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector(".basis-changed-notice"));
            Assert.Empty(page.QuerySelectorAll(".basis-changed"));
        }

        [Fact]
        public async Task An_older_version_points_to_the_newest()
        {
            var page = await site.GetDocument(Registration + "?version=2013-08");

            Assert.Equal(Registration, page.QuerySelector(".older a")!.GetAttribute("href"));
        }

        [Fact]
        public async Task In_azerbaijani_the_quote_falls_back_to_english_where_todays_version_has_no_translation()
        {
            var page = await site.GetDocument(Registration + "?lang=az");

            var article21 = page.QuerySelectorAll(".basis-item").First(i => i.QuerySelector("h3 a")!.GetAttribute("href")!.Contains("art_21", StringComparison.Ordinal));
            Assert.Equal("en", article21.QuerySelector("blockquote")!.GetAttribute("lang"));
            var umis = page.QuerySelectorAll(".basis-item").Single(i => i.QuerySelector("h3 a")!.GetAttribute("href")!.Contains("umis-regulation", StringComparison.Ordinal));
            Assert.Equal("az", umis.QuerySelector("blockquote")!.GetAttribute("lang"));
        }
    }
}
