using System.Net;
using AngleSharp.Dom;

namespace KnowledgeBase.Tests.Components.Pages;

public sealed class ComparativeTablePageTests
{
    private const string Table = "/instruments/migration-code/compare/table";
    private const string AdoptedToAmended = $"{Table}?from=2013-07-adopted&to=2014-10-amended";

    /// <summary>The rows as a reader sees them: current wording, the proposed wording's deleted and inserted words, and the note.</summary>
    internal static List<(string Current, string Deleted, string Inserted, string Note)> Rows(IDocument page) =>
        [.. page.QuerySelectorAll("table tbody tr").Select(tr => (
            tr.Children[0].TextContent,
            string.Concat(tr.Children[1].QuerySelectorAll("del").Select(Words)),
            string.Concat(tr.Children[1].QuerySelectorAll("ins").Select(Words)),
            tr.Children[2].TextContent))];

    /// <summary>A del or ins without the words spoken to screen readers ("[deleted: ").</summary>
    private static string Words(IElement mark) =>
        string.Concat(mark.ChildNodes.Where(n => n is not IElement { ClassName: "visually-hidden" }).Select(n => n.TextContent));

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Rows_of_the_2014_amendment(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Article_21s_three_days_become_ten_as_an_amendment_with_the_old_wording_plain()
        {
            var rows = Rows(await site.GetDocument(AdoptedToAmended));

            var registration = rows.Single(r => r.Current.StartsWith("21.1.", StringComparison.Ordinal));
            Assert.Equal(("3", "10", "Amended"), (registration.Deleted, registration.Inserted, registration.Note));
            Assert.Contains("within 3 days of arrival", registration.Current, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Article_10_1_and_part_45_1_3_1_are_new_in_document_order()
        {
            var rows = Rows(await site.GetDocument(AdoptedToAmended));

            var added = rows.Where(r => r.Note.StartsWith("New", StringComparison.Ordinal)).ToList();
            Assert.Equal(["New article", "New part"], added.Select(r => r.Note));
            Assert.StartsWith("Article 10-1. ", added[0].Inserted, StringComparison.Ordinal);
            Assert.StartsWith("45.1.3-1. ", added[1].Inserted, StringComparison.Ordinal);
            Assert.All(added, r => Assert.Equal("", r.Current));
            Assert.True(rows.IndexOf(added[0]) < rows.FindIndex(r => r.Current.StartsWith("21.1.", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task Unchanged_provisions_are_left_out()
        {
            var rows = Rows(await site.GetDocument(AdoptedToAmended));

            Assert.InRange(rows.Count, 3, 12);
            Assert.All(rows, r => Assert.True(r.Deleted.Length + r.Inserted.Length > 0, $"'{r.Current}' shows no change"));
        }

        [Fact]
        public async Task An_article_split_in_two_is_noted_with_the_article_it_came_from()
        {
            var rows = Rows(await site.GetDocument($"{Table}?from=2013-04-parliament-draft&to=2013-07-adopted"));

            Assert.Contains(rows, r => r.Note == "Split from Article 69");
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Printing(ShippedSiteFactory site)
    {
        [Fact]
        public async Task Names_the_instrument_both_versions_with_their_dates_and_the_notice()
        {
            var page = await site.GetDocument(AdoptedToAmended);

            Assert.Equal("Migration Code of the Republic of Azerbaijan", page.QuerySelector("h1")!.TextContent);
            Assert.Equal("Comparative table: 2013-07-adopted (2 July 2013) → 2014-10-amended (17 October 2014)", page.QuerySelector(".versions")!.TextContent);
            Assert.Contains("not the official text", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Has_column_headers_scoped_to_their_columns()
        {
            var page = await site.GetDocument(AdoptedToAmended);

            var headers = page.QuerySelectorAll("table thead th").ToList();
            Assert.Equal(["Current wording", "Proposed wording", "Note"], headers.Select(h => h.TextContent));
            Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
        }

        [Fact]
        public async Task Links_a_print_stylesheet_that_leaves_out_the_site_chrome()
        {
            var page = await site.GetDocument(AdoptedToAmended);

            var link = page.QuerySelector("link[rel=stylesheet][media=print]")!;
            using var client = site.CreateClient();
            var css = await client.GetStringAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
            Assert.Contains("size: A4 landscape", css, StringComparison.Ordinal);
            Assert.Contains(".site-header", css, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector(".actions.no-print"));
        }

        [Fact]
        public async Task Offers_the_same_table_as_a_word_document()
        {
            var page = await site.GetDocument(AdoptedToAmended);

            Assert.Equal("/instruments/migration-code/compare/table.docx?from=2013-07-adopted&to=2014-10-amended",
                page.QuerySelector(".actions a[download]")!.GetAttribute("href"));
        }
    }

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Unknown(ShippedSiteFactory site)
    {
        [Theory]
        [InlineData("/instruments/no-such-code/compare/table?from=2013-07-adopted&to=2014-10-amended")]
        [InlineData($"{Table}?from=2013-07-adopted&to=2099-01-never")]
        [InlineData($"{Table}?from=2013-07-adopted")]
        [InlineData($"{Table}?from=2013-07-adopted&to=2018-amended&lang=az")]
        public async Task Instrument_version_or_language_is_the_friendly_not_found_page(string url)
        {
            var page = await site.GetDocument(url, HttpStatusCode.NotFound);

            Assert.Null(page.QuerySelector("table"));
            Assert.NotNull(page.QuerySelector("main h1"));
        }
    }
}
