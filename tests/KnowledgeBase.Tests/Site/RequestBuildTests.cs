using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeBase.Tests.Access;
using static KnowledgeBase.Tests.Access.InternalCorpus;

namespace KnowledgeBase.Tests.Site;

/// <summary>
/// What a reader may see, decided once per request by <c>RequestBuild</c>: on the internal site an officer never meets a
/// draft law (internal versions of legislation) on any surface, yet sees internal procedures; a drafter sees everything.
/// </summary>
public sealed class RequestBuildTests(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
{
    private static readonly string[] Drafts = [NewestDraft, OldDraft, DraftLaw, NewestDraftMarker, OldDraftMarker, DraftLawMarker];

    private static async Task<(HttpStatusCode Status, string Body)> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void ShowsNoDraft(string body)
    {
        foreach (var draft in Drafts)
            Assert.DoesNotContain(draft, body, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every surface that lists or shows versions, read by an officer, shows no draft law and no trace of one.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/instruments/migration-code")]
    [InlineData("/instruments/migration-code/latest")]
    [InlineData("/instruments/migration-code/2014-10-amended/art_1")]
    [InlineData("/instruments/migration-code/2014-10-amended/art_1/history")]
    [InlineData("/instruments/migration-code/2014-10-amended/art_21/history")]
    [InlineData("/browse/code")]
    [InlineData("/browse/decree")]
    [InlineData("/procedures")]
    [InlineData("/procedures/temporary-residence-permit")]
    [InlineData("/instruments/decree-276/2010-06-04")]
    [InlineData("/api/instruments/decree-276/versions/2010-06-04/provisions/art_2")]
    [InlineData("/search?q=foreigner&scope=all")]
    [InlineData("/search?q=foreigner")]
    [InlineData("/feed.atom")]
    [InlineData("/api/instruments")]
    [InlineData("/api/search?q=foreigner&version=all")]
    [InlineData("/api/instruments/migration-code/versions/latest")]
    [InlineData("/api/suggest?q=law&limit=20")]
    [InlineData("/api/suggest?q=scope&limit=20")]
    public async Task An_officer_sees_no_draft_law_anywhere(string url)
    {
        var (status, body) = await Get(await site.OfficerClient(), url);

        Assert.Equal(HttpStatusCode.OK, status);
        ShowsNoDraft(body);
    }

    /// <summary>The addresses of drafts do not exist for an officer: not found, as if never written.</summary>
    [Theory]
    [InlineData($"/instruments/migration-code/{NewestDraft}")]
    [InlineData($"/instruments/migration-code/{OldDraft}/art_1")]
    [InlineData($"/instruments/migration-code/{NewestDraft}/art_1/history")]
    [InlineData($"/instruments/{DraftLaw}")]
    [InlineData("/browse/law")]   // the draft law is the only law
    [InlineData($"/instruments/migration-code/compare?from={NewestPublic}&to={NewestDraft}")]
    [InlineData($"/instruments/migration-code/compare/table?from={NewestPublic}&to={NewestDraft}")]
    [InlineData($"/instruments/migration-code/compare/table.docx?from={NewestPublic}&to={NewestDraft}")]
    [InlineData($"/api/instruments/migration-code/versions/{NewestDraft}")]
    [InlineData($"/api/instruments/migration-code/versions/{OldDraft}/provisions/art_1")]
    [InlineData($"/api/instruments/migration-code/compare?from={NewestPublic}&to={NewestDraft}")]
    [InlineData($"/api/instruments/{DraftLaw}/versions/latest")]
    public async Task A_draft_law_is_not_found_by_an_officer_and_found_by_a_drafter(string url)
    {
        var (officer, officerBody) = await Get(await site.OfficerClient(), url);
        var (drafter, _) = await Get(await site.DrafterClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, officer);
        Assert.Equal(HttpStatusCode.OK, drafter);
        Assert.DoesNotContain(NewestDraftMarker, officerBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drafter_sees_the_drafts_on_the_same_surfaces()
    {
        var drafter = await site.DrafterClient();

        Assert.Contains(DraftLaw, (await Get(drafter, "/")).Body, StringComparison.Ordinal);
        var versions = (await Get(drafter, "/instruments/migration-code")).Body;
        Assert.Contains(NewestDraft, versions, StringComparison.Ordinal);
        Assert.Contains(OldDraft, versions, StringComparison.Ordinal);
        Assert.Contains(NewestDraftMarker, (await Get(drafter, "/instruments/migration-code/latest")).Body, StringComparison.Ordinal);
        Assert.Contains(NewestDraft, (await Get(drafter, "/feed.atom")).Body, StringComparison.Ordinal);
        Assert.Contains(DraftLaw, (await Get(drafter, "/api/suggest?q=law&limit=20")).Body, StringComparison.Ordinal);
        Assert.Contains(NewestDraft, (await Get(drafter, "/api/suggest?q=scope&limit=20")).Body, StringComparison.Ordinal);
    }

    public sealed class Search(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        private static async Task<List<(string Slug, string Version)>> Hits(HttpClient client, string query)
        {
            var response = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/search?{query}", UriKind.Relative));
            return [.. response.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("slug").GetString()!, h.GetProperty("version").GetString()!))];
        }

        [Theory]
        [InlineData(NewestDraftMarker)]
        [InlineData(OldDraftMarker)]
        [InlineData(DraftLawMarker)]
        public async Task A_word_only_a_draft_law_holds_finds_nothing_for_an_officer_in_any_scope(string word)
        {
            var officer = await site.OfficerClient();
            var drafter = await site.DrafterClient();

            Assert.Empty(await Hits(officer, $"q={word}&version=all"));
            Assert.Empty(await Hits(officer, $"q={word}"));
            Assert.NotEmpty(await Hits(drafter, $"q={word}&version=all"));
        }

        [Fact]
        public async Task Newest_means_the_newest_version_the_reader_may_see()
        {
            var officer = await Hits(await site.OfficerClient(), "q=foreigner&instrument=migration-code");
            var drafter = await Hits(await site.DrafterClient(), "q=foreigner&instrument=migration-code");

            Assert.NotEmpty(officer);
            Assert.All(officer, hit => Assert.Equal(NewestPublic, hit.Version));
            Assert.NotEmpty(drafter);
            Assert.All(drafter, hit => Assert.Equal(NewestDraft, hit.Version));
        }

        [Fact]
        public async Task An_officer_finds_internal_procedures()
        {
            var hits = await Hits(await site.OfficerClient(), $"q={InternalProcedureMarker}");

            Assert.Contains(("temporary-residence-permit", InternalProcedureVersion), hits);
        }

        [Fact]
        public async Task The_search_page_counts_no_hidden_version_in_its_facets()
        {
            var (_, body) = await Get(await site.OfficerClient(), "/search?q=registers&scope=all");

            Assert.DoesNotContain("status=draft", body, StringComparison.Ordinal);
            ShowsNoDraft(body);
        }
    }

    public sealed class Procedures(InternalSiteFactory site) : IClassFixture<InternalSiteFactory>
    {
        [Theory]
        [InlineData("/procedures/temporary-residence-permit")]
        [InlineData($"/api/instruments/temporary-residence-permit/versions/{InternalProcedureVersion}")]
        public async Task An_officer_reads_internal_procedures(string url)
        {
            var (status, body) = await Get(await site.OfficerClient(), url);

            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(InternalProcedureMarker, body, StringComparison.Ordinal);
        }
    }
}
