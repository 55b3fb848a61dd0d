using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Site.Comparing;

/// <summary>What a reader is told when a comparison was cut short by its time budget: a budget spent from the start stands for
/// a busy server (never timed), an unlimited one for a quiet server.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed class CurtailedComparisonTests(ShippedSiteFactory site) : IDisposable
{
    private const string DraftToAdopted = "from=2011-cabinet-draft&to=2013-04-parliament-draft";

    private readonly WebApplicationFactory<Program> _busy = site.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        services.AddSingleton(new ComparisonBudgets(() => ComparisonBudget.Of(TimeSpan.Zero, TimeSpan.Zero)))));

    public void Dispose() => _busy.Dispose();

    private static async Task<string> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_api_says_curtailed_when_the_budget_ran_out_and_not_otherwise()
    {
        var url = $"/api/instruments/migration-code/compare?{DraftToAdopted}";

        var busy = JsonSerializer.Deserialize<JsonElement>(await Get(_busy.CreateClient(), url));
        var quiet = JsonSerializer.Deserialize<JsonElement>(await Get(site.CreateClient(), url));

        Assert.True(busy.GetProperty("curtailed").GetBoolean());
        Assert.False(quiet.GetProperty("curtailed").GetBoolean());
        // Cut short, it still lists every provision once; it only pairs fewer of them.
        Assert.True(busy.GetProperty("changes").GetArrayLength() >= quiet.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public async Task The_comparison_page_says_it_was_cut_short_only_when_it_was()
    {
        var url = $"/instruments/migration-code/compare?{DraftToAdopted}";

        var busy = new HtmlParser().ParseDocument(await Get(_busy.CreateClient(), url));
        var quiet = new HtmlParser().ParseDocument(await Get(site.CreateClient(), url));

        Assert.Contains("cut short", busy.QuerySelector("p.notice[role=status]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(quiet.QuerySelectorAll("p.notice"), p => p.TextContent.Contains("cut short", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_comparative_table_page_says_it_was_cut_short_and_points_to_the_complete_word_document()
    {
        var url = $"/instruments/migration-code/compare/table?{DraftToAdopted}";

        var busy = new HtmlParser().ParseDocument(await Get(_busy.CreateClient(), url));
        var quiet = new HtmlParser().ParseDocument(await Get(site.CreateClient(), url));

        Assert.Contains("cut short", busy.QuerySelector("p.notice.curtailed")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(quiet.QuerySelector("p.notice.curtailed"));
    }

    [Fact]
    public async Task The_word_document_is_made_without_a_budget_so_a_busy_server_gives_the_complete_table()
    {
        var url = $"/instruments/migration-code/compare/table.docx?{DraftToAdopted}";

        var busy = await _busy.CreateClient().GetByteArrayAsync(new Uri(url, UriKind.Relative));
        var quiet = await site.CreateClient().GetByteArrayAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(TextOf(quiet), TextOf(busy));
        Assert.DoesNotContain("cut short", TextOf(busy), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_that_was_cut_short_says_so_in_the_word_document_above_the_table()
    {
        var ui = new UiLanguage(new HttpContextAccessor());
        var instrument = new StoredInstrument { Id = "migration-code", Title = new() { ["en"] = "Migration Code" } };
        var version = new StoredVersion { Slug = "migration-code", Label = "2013-07-adopted", Date = "2013-07-02", Languages = ["en"] };
        var table = new ComparativeTable(instrument, version, version, "en", []) { Curtailed = true };

        using var word = WordprocessingDocument.Open(new MemoryStream(ComparativeTableDocument.Write(table, ui)), isEditable: false);

        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(ComparativeTable.CurtailedNote(ui), paragraphs);
    }

    private static string TextOf(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return word.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
