using System.Net;
using AngleSharp.Dom;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class ComparePageTests
{
    private const string Code = "/instruments/migration-code";

    private static string Compare(string from, string to, string extra = "") => $"{Code}/compare?from={from}&to={to}{extra}";

    private static int Count(IDocument page, string kind) => int.Parse(page.QuerySelector($".counts .count[data-kind='{kind}'] dd")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    private static ComparisonSummary Aligned(ShippedSiteFactory site, string from, string to, ComparisonOptions? options = null) =>
        site.Read(store => ProvisionAligner.Compare(
            store.Provisions("migration-code", from, "en"), store.Provisions("migration-code", to, "en"), options).Summary);

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Summary(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Counts_each_kind_as_the_aligner_does()
        {
            var page = await site.GetDocument(Compare("2013-04-parliament-draft", "2013-07-adopted"));

            var expected = Aligned(site, "2013-04-parliament-draft", "2013-07-adopted");
            var shown = new ComparisonSummary(Count(page, "unchanged"), Count(page, "modified"), Count(page, "renumbered"), Count(page, "moved"),
                Count(page, "added"), Count(page, "removed"), Count(page, "split"), Count(page, "merged"));
            Assert.Equal(expected, shown);
            Assert.True(expected.Split > 0 && expected.Modified > 0, "the draft and the adopted text should differ");
        }

        [Fact]
        public async Task Lists_Article_69_split_into_69_and_70_with_links_to_the_changes_below()
        {
            var page = await site.GetDocument(Compare("2013-04-parliament-draft", "2013-07-adopted"));

            var rows = page.QuerySelectorAll("table.changes tbody tr")
                .Where(r => r.QuerySelector(".was")!.TextContent == "Article 69" && r.QuerySelector(".kind")!.TextContent == "split")
                .ToList();
            Assert.Equal(["Article 69", "Article 70"], rows.Select(r => r.QuerySelector(".now")!.TextContent));
            foreach (var row in rows)
            {
                var target = row.QuerySelector("a")!.GetAttribute("href")!;
                Assert.NotNull(page.GetElementById(target.TrimStart('#')));
            }
        }

        [Fact]
        public async Task Ignoring_renumbering_counts_renumbered_articles_as_unchanged()
        {
            var exact = await site.GetDocument(Compare("2011-cabinet-draft", "2013-04-parliament-draft"));
            var ignoring = await site.GetDocument(Compare("2011-cabinet-draft", "2013-04-parliament-draft", "&ignoreRenumbering=true"));

            Assert.True(Count(exact, "renumbered") > Count(ignoring, "renumbered"), "ignoring renumbering should leave fewer renumbered provisions");
            Assert.True(Count(ignoring, "unchanged") > Count(exact, "unchanged"));
            Assert.Equal(Aligned(site, "2011-cabinet-draft", "2013-04-parliament-draft", new ComparisonOptions(IgnoreRenumbering: true)).Unchanged, Count(ignoring, "unchanged"));
            Assert.True(ignoring.QuerySelector("input[name='ignoreRenumbering']")!.HasAttribute("checked"));
        }

        [Fact]
        public async Task Names_the_procedures_whose_legal_basis_changed()
        {
            var page = await site.GetDocument(Compare("2013-07-adopted", "2014-10-amended"));

            var affected = page.QuerySelectorAll("section.impact a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent);
            Assert.Equal("Registration at the place of stay", affected["/procedures/registration-at-place-of-stay"]);
            Assert.Contains("This change affects:", page.QuerySelector("section.impact p")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("/procedures/refugee-status", affected.Keys);
        }

        [Fact]
        public async Task Links_the_comparative_table_as_a_page_and_as_a_Word_document()
        {
            var page = await site.GetDocument(Compare("2013-07-adopted", "2014-10-amended"));

            var links = page.QuerySelectorAll(".table-links a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([$"{Code}/compare/table?from=2013-07-adopted&to=2014-10-amended", $"{Code}/compare/table.docx?from=2013-07-adopted&to=2014-10-amended"], links);
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Changes(ShippedSiteFactory site)
    {
        [Fact]
        public async Task A_modified_part_shows_its_deleted_and_inserted_words_side_by_side()
        {
            var page = await site.GetDocument(Compare("2013-07-adopted", "2014-10-amended"));

            var change = Article21Part1(page);
            Assert.Equal("3", Visible(change.QuerySelector(".side.old del")!));
            Assert.Equal("10", Visible(change.QuerySelector(".side.new ins")!));
            Assert.Null(change.QuerySelector(".side.old ins"));
            Assert.Null(change.QuerySelector(".side.new del"));
            Assert.Equal("[deleted: 3]", change.QuerySelector(".side.old del")!.TextContent);
        }

        [Fact]
        public async Task The_inline_view_shows_deletion_and_insertion_in_one_redline()
        {
            var page = await site.GetDocument(Compare("2013-07-adopted", "2014-10-amended", "&view=inline"));

            var change = Article21Part1(page);
            Assert.Null(change.QuerySelector(".sides"));
            var redline = change.QuerySelector(".redline")!;
            Assert.Equal("3", Visible(redline.QuerySelector("del")!));
            Assert.Equal("10", Visible(redline.QuerySelector("ins")!));
            Assert.True(page.QuerySelector("input[name='view'][value='inline']")!.HasAttribute("checked"));
        }

        [Fact]
        public async Task Unchanged_provisions_are_folded_in_details_and_never_numbered_as_changes()
        {
            var page = await site.GetDocument(Compare("2013-07-adopted", "2014-10-amended"));

            var folded = page.QuerySelectorAll("details.unchanged").ToList();
            Assert.NotEmpty(folded);
            Assert.All(folded, d => Assert.Null(d.QuerySelector("section.change")));
            Assert.All(folded, d => Assert.False(d.HasAttribute("open")));
            var unchanged = Count(page, "unchanged");
            Assert.Equal(unchanged, folded.Sum(d => d.QuerySelectorAll(".provision").Length));
            Assert.Contains(folded, d => d.QuerySelector("summary")!.TextContent.EndsWith(" unchanged provisions", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Every_change_has_an_id_and_its_next_and_previous_links_point_at_existing_changes()
        {
            var page = await site.GetDocument(Compare("2013-04-parliament-draft", "2013-07-adopted"));

            var changes = page.QuerySelectorAll("section.change").ToList();
            Assert.Equal(page.QuerySelectorAll("table.changes tbody tr").Length, changes.Count);
            Assert.Equal(Enumerable.Range(1, changes.Count).Select(n => $"change-{n}"), changes.Select(c => c.Id));
            foreach (var link in page.QuerySelectorAll("a.next-change, a.previous-change"))
                Assert.NotNull(page.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
            Assert.Equal("#change-2", changes[0].QuerySelector("a.next-change")!.GetAttribute("href"));
            Assert.Null(changes[0].QuerySelector("a.previous-change"));
            Assert.Null(changes[^1].QuerySelector("a.next-change"));
        }

        private static IElement Article21Part1(IDocument page) =>
            page.QuerySelectorAll("section.change").Single(c => c.QuerySelector("h3")!.TextContent.Contains("21.1.", StringComparison.Ordinal));

        /// <summary>The text a sighted reader sees: without the labels kept for screen readers.</summary>
        private static string Visible(IElement element)
        {
            var copy = (IElement)element.Clone();
            foreach (var hidden in copy.QuerySelectorAll(".visually-hidden").ToList())
                hidden.Remove();
            return copy.TextContent.Trim();
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Form(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Without_versions_compares_the_newest_with_the_one_before_it()
        {
            var page = await site.GetDocument($"{Code}/compare");

            var versions = site.Read(store => store.Versions("migration-code")).Select(v => v.Label).ToList();
            Assert.Equal(versions, page.QuerySelectorAll("#compare-from option").Select(o => o.GetAttribute("value")));
            Assert.Equal(versions[^2], page.QuerySelector("#compare-from option[selected]")!.GetAttribute("value"));
            Assert.Equal(versions[^1], page.QuerySelector("#compare-to option[selected]")!.GetAttribute("value"));
            var form = page.QuerySelector("form.compare-form")!;
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal($"{Code}/compare", form.GetAttribute("action"));
        }

        [Fact]
        public async Task Offers_only_the_languages_both_versions_have()
        {
            var page = await site.GetDocument(Compare("2013-07-adopted", "2014-10-amended", "&lang=az"));

            Assert.Equal(["az", "en", "ru"], page.QuerySelectorAll("#compare-lang option").Select(o => o.GetAttribute("value")!).Order(StringComparer.Ordinal));
            Assert.Equal("az", page.QuerySelector("#compare-lang option[selected]")!.GetAttribute("value"));
            var narrow = await site.GetDocument(Compare("2013-04-parliament-draft", "2013-07-adopted"));
            Assert.Equal(["en"], narrow.QuerySelectorAll("#compare-lang option").Select(o => o.GetAttribute("value")));
        }

        [Theory]
        [InlineData("/instruments/no-such-code/compare")]
        [InlineData(Code + "/compare?from=1999-never&to=2013-07-adopted")]
        [InlineData(Code + "/compare?from=2013-07-adopted&to=1999-never")]
        [InlineData(Code + "/compare?from=2013-04-parliament-draft&to=2013-07-adopted&lang=az")]
        public async Task Unknown_instrument_version_or_language_is_the_friendly_404(string url)
        {
            var page = await site.GetDocument(url, HttpStatusCode.NotFound);

            Assert.Null(page.QuerySelector("form.compare-form"));
            Assert.NotNull(page.QuerySelector("h1"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Instrument_page(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Links_each_version_but_the_first_to_a_comparison_with_the_one_before()
        {
            var page = await site.GetDocument(Code);

            var versions = site.Read(store => store.Versions("migration-code")).Select(v => v.Label).ToList();
            var links = page.QuerySelectorAll(".timeline .compare a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(versions.Zip(versions.Skip(1), (from, to) => $"{Code}/compare?from={from}&to={to}"), links);
        }
    }
}
