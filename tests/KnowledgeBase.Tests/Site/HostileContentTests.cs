using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Tests.Site;

/// <summary>Hostile raw HTML and links in content, through the real build, into the pages that show it.</summary>
public sealed class HostileContentTests : IClassFixture<HostileContentTests.HostileSite>
{
    private readonly HostileSite _site;

    public HostileContentTests(HostileSite site) => _site = site;

    /// <summary>One law whose article N holds hostile snippet N (see <see cref="HostileMarkdown"/>).</summary>
    public sealed class HostileSite : IDisposable
    {
        private readonly TempFolder _temp = new();

        public HostileSite()
        {
            var folder = _temp.Combine("content", "hostile-law");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "instrument.yml"), "title: { en: A hostile law }\nkind: law\n");
            var body = new StringBuilder("---\ndate: 2020-01-01\nstatus: adopted\n---\n# A hostile law\n\n");
            for (var i = 0; i < HostileMarkdown.Snippets.Count; i++)
                body.Append(System.Globalization.CultureInfo.InvariantCulture, $"### Article {i + 1}\n\n{HostileMarkdown.Snippets[i].Markdown}\n\n");
            File.WriteAllText(Path.Combine(folder, "2020.en.md"), body.ToString());
            Factory = new SiteFactory(_temp.Combine("content"));
        }

        public SiteFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            _temp.Dispose();
        }
    }

    [Fact]
    public async Task The_whole_text_shows_every_article_and_none_of_its_hostile_markup()
    {
        var response = await _site.Factory.CreateClient().GetAsync(new Uri("/instruments/hostile-law/2020", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        HostileMarkdown.AssertInert(html, "section[id^='art_']");
        var page = new HtmlParser().ParseDocument(html);
        for (var i = 0; i < HostileMarkdown.Snippets.Count; i++)
            Assert.Contains(HostileMarkdown.Snippets[i].Kept, page.QuerySelector($"section#art_{i + 1}")?.TextContent ?? "", StringComparison.Ordinal);
    }

    public static TheoryData<int> Articles() => [.. Enumerable.Range(1, HostileMarkdown.Snippets.Count)];

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task A_provision_page_and_its_api_answer_hold_no_hostile_markup(int article)
    {
        var client = _site.Factory.CreateClient();

        var page = await client.GetStringAsync(new Uri($"/instruments/hostile-law/2020/art_{article}", UriKind.Relative));
        var api = await client.GetStringAsync(new Uri($"/api/instruments/hostile-law/versions/2020/provisions/art_{article}", UriKind.Relative));

        HostileMarkdown.AssertInert(page, "main");
        Assert.Contains(HostileMarkdown.Snippets[article - 1].Kept, new HtmlParser().ParseDocument(page).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var html = System.Text.Json.JsonDocument.Parse(api).RootElement.GetProperty("html").GetString() ?? "";
        HostileMarkdown.AssertInert(html);
    }
}
