using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using KnowledgeBase.Site.Comparing;
using KnowledgeBase.Tests.Components.Pages;

namespace KnowledgeBase.Tests.Site.Comparing;

public sealed class ComparativeTableDocumentTests
{
    private const string Query = "?from=2013-07-adopted&to=2014-10-amended";

    [Collection(ShippedSiteCollection.Name)]
    public sealed class Download(ShippedSiteFactory site)
    {
        private readonly HttpClient _client = site.CreateClient();

        private async Task<(HttpResponseMessage Response, WordprocessingDocument Word)> Get(string query = Query)
        {
            var response = await _client.GetAsync(new Uri($"/instruments/migration-code/compare/table.docx{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            return (response, WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false));
        }

        private static Body BodyOf(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

        private static List<TableRow> RowsOf(WordprocessingDocument word) => [.. BodyOf(word).Elements<Table>().Single().Elements<TableRow>()];

        private static List<string> Cells(TableRow row) => [.. row.Elements<TableCell>().Select(c => string.Join('\n', c.Elements<Paragraph>().Select(p => p.InnerText)))];

        [Fact]
        public async Task Is_a_word_document_named_after_the_instrument_and_the_two_versions()
        {
            var (response, word) = await Get();
            using var _ = word;

            Assert.Equal(ComparativeTableDocument.ContentType, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("migration-code-2013-07-adopted-to-2014-10-amended.docx", response.Content.Headers.ContentDisposition!.FileNameStar);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition.DispositionType);
        }

        [Fact]
        public async Task Is_valid_against_the_Office_schema_so_Word_opens_it_without_repairing()
        {
            var (_, word) = await Get();
            using var _word = word;

            var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.Empty(errors);
        }

        [Fact]
        public async Task Has_a_heading_row_of_the_three_columns_repeated_on_every_page()
        {
            var (_, word) = await Get();
            using var _word = word;

            var heading = RowsOf(word)[0];
            Assert.Equal(["Current wording", "Proposed wording", "Note"], Cells(heading));
            Assert.NotNull(heading.TableRowProperties?.GetFirstChild<TableHeader>());
        }

        [Fact]
        public async Task Has_one_row_per_changed_provision_as_the_printable_page_does()
        {
            var (_, word) = await Get();
            using var _word = word;
            var page = await site.GetDocument($"/instruments/migration-code/compare/table{Query}");

            var expected = ComparativeTablePageTests.Rows(page);
            var rows = RowsOf(word).Skip(1).Select(Cells).ToList();
            Assert.Equal(expected.Select(r => (r.Current, r.Note)), rows.Select(r => (r[0], r[2])));
        }

        [Fact]
        public async Task Strikes_the_deleted_words_and_underlines_the_inserted_ones_in_the_proposed_wording()
        {
            var (_, word) = await Get();
            using var _word = word;

            var registration = RowsOf(word).Single(r => Cells(r)[0].StartsWith("21.1.", StringComparison.Ordinal));
            var proposed = registration.Elements<TableCell>().ElementAt(1).Descendants<Run>().ToList();
            Assert.Equal(["3"], proposed.Where(r => r.RunProperties?.Strike is not null).Select(r => r.InnerText));
            Assert.Equal(["10"], proposed.Where(r => r.RunProperties?.Underline is not null).Select(r => r.InnerText));
            var current = registration.Elements<TableCell>().First().Descendants<Run>();
            Assert.All(current, r => Assert.True(r.RunProperties?.Strike is null && r.RunProperties?.Underline is null));
        }

        [Fact]
        public async Task Is_landscape_A4_with_the_title_and_notice_above_the_table()
        {
            var (_, word) = await Get();
            using var _word = word;

            var body = BodyOf(word);
            var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
            Assert.Equal((16838u, 11906u, PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
            var above = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Equal("Migration Code of the Republic of Azerbaijan", above[0]);
            Assert.Contains("2013-07-adopted (2 July 2013) → 2014-10-amended (17 October 2014)", above[1], StringComparison.Ordinal);
            Assert.Contains("not the official text", above[2], StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("/instruments/no-such-code/compare/table.docx?from=2013-07-adopted&to=2014-10-amended")]
        [InlineData("/instruments/migration-code/compare/table.docx?from=2013-07-adopted&to=2099-01-never")]
        [InlineData("/instruments/migration-code/compare/table.docx?from=2013-07-adopted&to=2014-10-amended&lang=fr")]
        public async Task Unknown_instrument_version_or_language_is_not_found(string url)
        {
            var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(ComparativeTableDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        }
    }
}
