using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeBase.Api;
using KnowledgeBase.Core.Search.Suggesting;

namespace KnowledgeBase.Tests.Api;

[Collection(ShippedSiteCollection.Name)]
public sealed class SuggestEndpointTests(ShippedSiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<List<JsonElement>> Suggest(string query)
    {
        var response = await _client.GetAsync(new Uri("/api/suggest?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("suggestions").EnumerateArray()];
    }

    private static string Text(JsonElement suggestion, string name = "text") => suggestion.GetProperty(name).GetString()!;

    [Theory]
    [InlineData("icaz")]
    [InlineData("%C4%B0caz")] // İcaz
    [InlineData("ICAZ")]
    public async Task Azerbaijani_typed_in_any_case_or_without_its_letters_suggests_the_same_names(string typed)
    {
        var suggestions = (await Suggest("q=" + typed)).Select(s => Text(s)).ToList();

        Assert.Equal((await Suggest("q=icazə")).Select(s => Text(s)), suggestions);
        Assert.Contains(suggestions, s => s.Contains("icazə", StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.Contains(" icaz", " " + SuggestionFolding.Fold(s), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_procedure_name_begun_in_English_suggests_the_procedure_with_its_page()
    {
        var procedure = Assert.Single(await Suggest("q=issue+of+a+work"));

        Assert.Equal(("Issue of a work permit", "procedure", "en", "/procedures/work-permit"),
            (Text(procedure), Text(procedure, "kind"), Text(procedure, "language"), Text(procedure, "url")));
    }

    [Fact]
    public async Task Russian_headings_are_suggested_from_the_newest_version_with_a_Russian_text()
    {
        var suggestion = (await Suggest("q=%D0%B2%D0%B8%D0%B4+%D0%BD%D0%B0")).First(); // вид на

        Assert.Equal(("Вид на жительство", "ru", "2014-10-amended", "art_27"),
            (Text(suggestion), Text(suggestion, "language"), Text(suggestion, "version"), Text(suggestion, "eId")));
        var page = await _client.GetAsync(new Uri(Text(suggestion, "url"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Unaccented_Azerbaijani_words_find_the_heading_they_begin()
    {
        var suggestions = await Suggest("q=yasamaq+ucun+icaze+v&lang=az");

        Assert.Contains(suggestions, s => Text(s) == "Yaşamaq üçün icazə vəsiqəsi" && Text(s, "eId") == "art_27");
    }

    [Fact]
    public async Task A_language_narrows_the_suggestions()
    {
        var suggestions = await Suggest("q=mi&lang=az");

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Equal("az", Text(s, "language")));
    }

    [Fact]
    public async Task Gives_eight_suggestions_unless_asked_for_up_to_twenty()
    {
        Assert.Equal(SuggestEndpoint.DefaultLimit, (await Suggest("q=a")).Count);
        Assert.Equal(3, (await Suggest("q=a&limit=3")).Count);
        Assert.Equal(SuggestionList.MaxResults, (await Suggest("q=a&limit=20")).Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%E2%80%94")] // a dash alone
    [InlineData("q=zzzzqqq")]
    public async Task Nothing_typed_or_nothing_known_suggests_nothing(string query) =>
        Assert.Empty(await Suggest(query));

    [Theory]
    [InlineData("q=a&limit=0")]
    [InlineData("q=a&limit=21")]
    public async Task Refuses_a_limit_out_of_range_with_400(string query)
    {
        var response = await _client.GetAsync(new Uri("/api/suggest?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refuses_more_than_a_hundred_characters_with_400()
    {
        var response = await _client.GetAsync(new Uri("/api/suggest?q=" + new string('a', SuggestionList.MaxTypedLength + 1), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("100 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
