using System.Net;
using AngleSharp.Dom;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class ProvisionHistoryPageTests
{
    private const string Code = "/instruments/migration-code";

    private static List<IElement> Steps(IDocument page) => [.. page.QuerySelectorAll("ol.steps > li")];

    private static string Version(IElement step) => step.QuerySelector("h2 a")!.TextContent;

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Article_45(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Lists_every_public_version_from_the_cabinet_draft_to_2018_that_has_it()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45/history");

            Assert.Equal(["2011-cabinet-draft", "2013-04-parliament-draft", "2013-07-adopted", "2014-10-amended", "2018-amended"], Steps(page).Select(Version));
            Assert.Equal("page", Steps(page)[3].GetAttribute("aria-current"));
            Assert.Equal($"{Code}/2011-cabinet-draft/art_44", Steps(page)[0].QuerySelector("h2 a")!.GetAttribute("href"));
        }

        [Fact]
        public async Task Starts_plain_then_shows_each_step_as_a_diff_from_the_one_before()
        {
            var steps = Steps(await site.GetDocument($"{Code}/2018-amended/art_45/history"));

            Assert.Empty(steps[0].QuerySelectorAll("del, ins"));
            Assert.StartsWith("Article 44. Temporary residence permit", steps[0].QuerySelector(".wording")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.All(steps.Skip(1), s => Assert.Contains("Compared with", s.QuerySelector(".change")!.TextContent, StringComparison.Ordinal));
            // 2014 inserted part 45.1.3-1, on founders of companies.
            Assert.Contains(steps[3].QuerySelectorAll("ins"), i => i.TextContent.Contains("the person is a founder of a commercial legal entity", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Shows_the_renumbering_from_Article_44_to_45_in_the_label_and_the_diff()
        {
            var steps = Steps(await site.GetDocument($"{Code}/2018-amended/art_45/history"));

            Assert.Equal("Article 44 → Article 45", steps[1].QuerySelector(".relabel")!.TextContent);
            Assert.Null(steps[2].QuerySelector(".relabel"));
            var first = steps[1].QuerySelector(".wording")!;
            Assert.Equal(("44", "45"), (Mark(first.QuerySelector("del")!), Mark(first.QuerySelector("ins")!)));
        }

        private static string Mark(IElement mark) =>
            string.Concat(mark.ChildNodes.Where(n => n is not IElement { ClassName: "visually-hidden" }).Select(n => n.TextContent));
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Reaching_it(ShippedSiteFactory site)
    {
        [Fact]
        public async Task The_provision_pages_history_section_links_to_it()
        {
            var page = await site.GetDocument($"{Code}/2014-10-amended/art_45");

            Assert.Equal($"{Code}/2014-10-amended/art_45/history", page.QuerySelector("section.history .steps-link a")!.GetAttribute("href"));
        }

        [Theory]
        [InlineData($"{Code}/2014-10-amended/art_999/history")]
        [InlineData($"{Code}/2099-never/art_45/history")]
        [InlineData("/instruments/no-such-code/2014-10-amended/art_45/history")]
        public async Task An_unknown_provision_version_or_instrument_is_not_found(string url)
        {
            var page = await site.GetDocument(url, HttpStatusCode.NotFound);

            Assert.Empty(page.QuerySelectorAll("ol.steps"));
        }
    }
}
