using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeBase.Core.Versions.Comparing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Api;

[Collection(ShippedSiteCollection.Name)]
public sealed class CompareEndpointTests(ShippedSiteFactory site)
{
    private const string DraftToAdopted = "/api/instruments/migration-code/compare?from=2013-04-parliament-draft&to=2013-07-adopted";

    private readonly HttpClient _client = site.CreateClient();

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<JsonElement> Changes(JsonElement body) => [.. body.GetProperty("changes").EnumerateArray()];

    private static string? Text(JsonElement change, string name) => change.GetProperty(name).GetString();

    [Fact]
    public async Task The_adopted_text_against_the_draft_shows_Article_69_split_into_69_and_70()
    {
        var body = await Get(DraftToAdopted);

        Assert.Equal(("2013-04-parliament-draft", "2013-07-adopted"), (Text(body, "from"), Text(body, "to")));
        var split = Changes(body).Where(c => Text(c, "kind") == "split").Select(c => (Text(c, "fromEId"), Text(c, "toEId"), Text(c, "toNum"))).ToList();
        Assert.Equal([("art_69", "art_69", "69"), ("art_69", "art_70", "70")], split);
        Assert.Equal(2, body.GetProperty("summary").GetProperty("split").GetInt32());
    }

    [Fact]
    public async Task Every_aligned_pair_is_listed_unchanged_ones_included_and_the_summary_counts_them()
    {
        var body = await Get(DraftToAdopted);

        var changes = Changes(body);
        var summary = body.GetProperty("summary").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(["unchanged", "modified", "renumbered", "moved", "added", "removed", "split", "merged"], summary.Keys);
        Assert.Equal(changes.Count, summary.Values.Sum());
        Assert.True(summary["unchanged"] > 300, $"{summary["unchanged"]} unchanged");
        var first = changes[0];
        Assert.Equal(("unchanged", 1.0), (Text(first, "kind"), first.GetProperty("similarity").GetDouble()));
    }

    [Fact]
    public async Task An_added_provision_has_no_from_and_the_cabinet_draft_renumbers_rather_than_replaces()
    {
        var body = await Get("/api/instruments/migration-code/compare?from=2011-cabinet-draft&to=2013-04-parliament-draft");

        var added = Changes(body).Single(c => Text(c, "toEId") == "art_6");
        Assert.Equal(("added", JsonValueKind.Null, JsonValueKind.Null), (Text(added, "kind"), added.GetProperty("fromEId").ValueKind, added.GetProperty("similarity").ValueKind));
        var renumbered = Changes(body).Single(c => Text(c, "fromEId") == "art_6");
        Assert.Equal(("renumbered", "6", "7"), (Text(renumbered, "kind"), Text(renumbered, "fromNum"), Text(renumbered, "toNum")));
    }

    [Fact]
    public async Task Ignoring_renumbering_counts_the_renumbered_articles_as_unchanged()
    {
        const string Url = "/api/instruments/migration-code/compare?from=2011-cabinet-draft&to=2013-04-parliament-draft";
        var exact = (await Get(Url)).GetProperty("summary");
        var ignoring = (await Get(Url + "&ignoreRenumbering=true")).GetProperty("summary");

        Assert.True(exact.GetProperty("renumbered").GetInt32() > 20);
        Assert.Equal(0, ignoring.GetProperty("renumbered").GetInt32());
        Assert.True(ignoring.GetProperty("unchanged").GetInt32() > exact.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_comparison_is_computed_once_per_build()
    {
        var cache = site.Services.GetRequiredService<ComparisonCache>();
        const string Url = "/api/instruments/migration-code/compare?from=2013-07-adopted&to=2014-10-amended&lang=az";

        await Get(Url);
        var kept = cache.Count;
        await Get(Url);

        Assert.Equal(kept, cache.Count);
    }

    [Theory]
    [InlineData("/api/instruments/no-such-code/compare?from=a&to=b", HttpStatusCode.NotFound)]
    [InlineData("/api/instruments/migration-code/compare?from=1999-draft&to=2013-07-adopted", HttpStatusCode.NotFound)]
    [InlineData("/api/instruments/migration-code/compare?from=2013-07-adopted&to=2014-10-amended&lang=fr", HttpStatusCode.NotFound)]
    [InlineData("/api/instruments/migration-code/compare?from=2013-07-adopted", HttpStatusCode.BadRequest)]
    [InlineData("/api/instruments/migration-code/compare?to=2013-07-adopted", HttpStatusCode.BadRequest)]
    public async Task An_unknown_text_is_404_and_a_missing_version_400_as_problem_JSON(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
