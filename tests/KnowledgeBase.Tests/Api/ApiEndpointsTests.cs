using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Api;

public sealed class ApiEndpointsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Instruments_list_public_versions_by_date()
    {
        var instruments = await Get("/api/instruments");

        var slugs = instruments.EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Equal(["decree-276", "migration-code", "temporary-residence-permit"], slugs);
        var code = instruments.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "migration-code");
        Assert.Equal("code", code.GetProperty("kind").GetString());
        Assert.Equal("Migration Code of the Republic of Azerbaijan", code.GetProperty("title").GetString());
        Assert.Equal("Test fixture, not the official text.", code.GetProperty("notice").GetString());
        var versions = code.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["2013-07-adopted", "2014-10-amended"], versions.Select(v => v.GetProperty("version").GetString()));
        Assert.Equal(["en", "az"], versions[0].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("2013-07-02", versions[0].GetProperty("date").GetString());
        Assert.Equal("in-force", versions[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Latest_version_is_the_newest_with_its_provision_tree()
    {
        var version = await Get("/api/instruments/migration-code/versions/latest");

        Assert.Equal("2014-10-amended", version.GetProperty("version").GetString());
        Assert.Equal("en", version.GetProperty("language").GetString());
        var sections = version.GetProperty("provisions").EnumerateArray().Where(p => p.GetProperty("kind").GetString() == "section").ToList();
        Assert.Equal(["sec_1", "sec_2"], sections.Select(s => s.GetProperty("eId").GetString()));
        var article45 = sections[1].GetProperty("children")[0].GetProperty("children")[1];
        Assert.Equal("art_45", article45.GetProperty("eId").GetString());
        Assert.Equal("Temporary residence permit", article45.GetProperty("heading").GetString());
        var grounds = article45.GetProperty("children")[0].GetProperty("children").EnumerateArray().Select(p => p.GetProperty("num").GetString());
        Assert.Equal(["45.1.1", "45.1.2", "45.1.2-1"], grounds);
    }

    [Fact]
    public async Task A_version_is_served_in_the_language_asked_for()
    {
        var version = await Get("/api/instruments/migration-code/versions/2013-07-adopted?lang=az");

        Assert.Equal("az", version.GetProperty("language").GetString());
        Assert.Equal("Azərbaycan Respublikasının Miqrasiya Məcəlləsi", version.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_provision_lists_its_citations_who_cites_it_and_the_procedures_that_apply_it()
    {
        var provision = await Get("/api/instruments/migration-code/versions/2013-07-adopted/provisions/art_45");

        Assert.Equal("45", provision.GetProperty("num").GetString());
        var citations = provision.GetProperty("citations").EnumerateArray().ToList();
        var toArticle21 = citations.Single(c => c.GetProperty("text").GetString() == "paragraph 1 of Article 21 of this Code");
        Assert.True(toArticle21.GetProperty("resolved").GetBoolean());
        Assert.Equal("art_21__para_1", toArticle21.GetProperty("target").GetProperty("eId").GetString());
        Assert.Contains(citations, c => c.GetProperty("text").GetString() == "Article 99" && !c.GetProperty("resolved").GetBoolean());

        var citedBy = provision.GetProperty("citedBy").EnumerateArray().Select(c => c.GetProperty("eId").GetString()).ToList();
        Assert.Contains("art_21__para_2", citedBy);
        var procedures = provision.GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("slug").GetString());
        Assert.Equal(["temporary-residence-permit"], procedures);

        var html = provision.GetProperty("html").GetString()!;
        Assert.Contains("id=\"art_45__para_1.1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/instruments/migration-code/2013-07-adopted/art_21__para_1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citation_of_another_instrument_resolves_to_its_version_in_force_at_the_citing_date()
    {
        var provision = await Get("/api/instruments/temporary-residence-permit/versions/2014-11/provisions/preamble");

        var citation = provision.GetProperty("citations").EnumerateArray().Single();
        Assert.Equal("Article 45.1 of the Migration Code", citation.GetProperty("text").GetString());
        Assert.Equal("2014-10-amended", citation.GetProperty("target").GetProperty("version").GetString());
        Assert.Equal("art_45__para_1", citation.GetProperty("target").GetProperty("eId").GetString());
    }

    [Theory]
    [InlineData("/api/instruments/no-such-code/versions/latest")]
    [InlineData("/api/instruments/migration-code/versions/1999-draft")]
    [InlineData("/api/instruments/migration-code/versions/2011-working-draft")]
    [InlineData("/api/instruments/migration-code/versions/2014-10-amended?lang=ru")]
    [InlineData("/api/instruments/migration-code/versions/latest/provisions/art_999")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Unknown_things_are_404_with_a_problem_body(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_finds_provisions_with_highlighted_snippets()
    {
        var results = await Get("/api/search?q=registers");

        Assert.True(results.GetProperty("total").GetInt32() >= 1);
        var hit = results.GetProperty("hits").EnumerateArray().First();
        Assert.Equal("migration-code", hit.GetProperty("slug").GetString());
        Assert.Equal("2014-10-amended", hit.GetProperty("version").GetString());
        Assert.Equal("art_21", hit.GetProperty("eId").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_folds_Azerbaijani_letters_and_searches_every_version_on_request()
    {
        var results = await Get("/api/search?q=icaze&version=all&lang=az");

        var hits = results.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("az", h.GetProperty("language").GetString()));
        Assert.Contains(hits, h => h.GetProperty("snippet").GetString()!.Contains("<mark>icazə", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_counts_hits_per_filter_value()
    {
        var results = await Get("/api/search?q=registration");

        var total = results.GetProperty("total").GetInt32();
        var facets = results.GetProperty("facets");
        foreach (var name in new[] { "kind", "status", "lang", "instrument" })
            Assert.Equal(total, facets.GetProperty(name).EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        Assert.Contains(facets.GetProperty("instrument").EnumerateArray(), f => f.GetProperty("value").GetString() == "migration-code");
    }

    [Fact]
    public async Task Search_as_at_a_date_searches_the_version_in_force_then()
    {
        var results = await Get("/api/search?q=registers&instrument=migration-code&at=2014-01-01");

        var hits = results.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("2013-07-adopted", h.GetProperty("version").GetString()));
        Assert.Equal("Migration Code of the Republic of Azerbaijan", hits[0].GetProperty("instrumentTitle").GetString());
    }

    [Fact]
    public async Task Search_grouped_by_provision_gives_one_hit_per_provision_across_versions()
    {
        var results = await Get("/api/search?q=registers&instrument=migration-code&lang=en&version=all&group=provision");

        var hits = results.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(hits.Count, hits.Select(h => h.GetProperty("eId").GetString()).Distinct().Count());
        var article21 = hits.Single(h => h.GetProperty("eId").GetString() == "art_21");
        Assert.Equal(1, article21.GetProperty("otherVersions").GetInt32());
        Assert.True(results.GetProperty("matches").GetInt32() > results.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=registration&at=01.01.2014")]
    [InlineData("/api/search?q=registration&at=2014-01-01&version=all")]
    [InlineData("/api/search?q=registration&group=article")]
    public async Task Search_refuses_a_bad_date_or_grouping_with_400(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=registration&page=0")]
    public async Task A_malformed_search_is_400_never_500(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_newly_published_build_is_served_without_a_restart()
    {
        var served = site.Services.GetRequiredService<ServedBuild>();
        var before = served.CurrentStamp;
        Assert.NotNull(before);

        File.AppendAllText(Path.Combine(site.Content, "decree-276", "2010-06-04.en.md"), "\n### Article 3. Entry into force {#entry-into-force}\n\n3.1. This Decree enters into force on signature.\n");
        var result = BuildPipeline.Run(new BuildOptions(site.Content, site.Data, Audience.Public));
        Assert.True(result.Succeeded);

        // The site's watcher notices the new CURRENT by itself.
        Assert.True(SpinWait.SpinUntil(() => served.CurrentStamp == result.PublishedStamp, TimeSpan.FromSeconds(15)), "the site did not switch to the new build");
        var provision = await Get("/api/instruments/decree-276/versions/latest/provisions/art_3");
        Assert.Equal("Entry into force", provision.GetProperty("heading").GetString());
    }

    [Fact]
    public async Task No_request_fails_while_new_builds_are_published()
    {
        var served = site.Services.GetRequiredService<ServedBuild>();
        using var stop = new CancellationTokenSource();
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await _client.GetAsync(new Uri("/api/instruments/migration-code/versions/latest/provisions/art_45", UriKind.Relative));
                statuses.Add(response.StatusCode);
            }
        })).ToList();

        for (var i = 0; i < 3; i++)
        {
            var stamp = BuildPipeline.Run(new BuildOptions(site.Content, site.Data, Audience.Public)).PublishedStamp;
            Assert.True(SpinWait.SpinUntil(() => served.CurrentStamp == stamp, TimeSpan.FromSeconds(15)), "the site did not switch");
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(statuses.Count > 10, $"only {statuses.Count} requests");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }
}
