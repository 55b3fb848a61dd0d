using System.Net;
using System.Net.Http.Headers;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Hosting;

/// <summary>The output cache: a page of a build is rendered once and served again, to every reader who would see the same page, and only to them.</summary>
public sealed class BuildPagePolicyTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/instruments/migration-code/latest";

    private static async Task<HttpResponseMessage> Get(HttpClient client, string url, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        headers?.Invoke(request.Headers);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_page_carries_a_validator_and_asking_again_with_it_is_answered_not_modified()
    {
        var client = site.CreateClient();
        var first = await Get(client, Page);
        var etag = first.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.Contains(site.Services.GetRequiredService<ServedBuild>().CurrentStamp!, etag.Tag, StringComparison.Ordinal);
        Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true });

        var again = await Get(client, Page, h => h.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Each_interface_language_is_served_its_own_page()
    {
        var client = site.CreateClient();
        string Language(string html) => html[(html.IndexOf("<html lang=\"", StringComparison.Ordinal) + 12)..].Split('"')[0];

        foreach (var ui in new[] { "az", "en", "az", "en" })
        {
            var page = await (await Get(client, Page, h => h.Add("Cookie", $"kb-ui={ui}"))).Content.ReadAsStringAsync();
            Assert.Equal(ui, Language(page));
        }
    }

    [Theory]
    [InlineData("/instruments/migration-code/latest", "Authorization", "Bearer someone")]
    [InlineData("/instruments/no-such-instrument", null, null)]
    public async Task An_answer_for_someone_in_particular_or_a_not_found_page_is_not_cached(string url, string? header, string? value)
    {
        var response = await Get(site.CreateClient(), url, h =>
        {
            if (header is not null)
                h.Add(header, value);
        });

        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task An_internal_site_caches_no_page()
    {
        using var internalSite = site.WithWebHostBuilder(host => host.UseSetting("audience", "internal"));
        var client = internalSite.CreateClient();

        await Get(client, Page);
        var second = await Get(client, Page);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.ETag);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task A_page_that_says_it_is_not_the_builds_final_word_is_served_but_not_kept()
    {
        // As the comparison page does when its time budget cut it short: the next reader gets a fresh try, not the lesser page.
        using var marking = site.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new MarkNotToKeep())));
        var client = marking.CreateClient();
        const string Url = "/instruments/decree-276/latest";

        await Get(client, Url);
        var second = await Get(client, Url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        await Get(client, Url + "?kept=1");
        Assert.NotNull((await Get(client, Url + "?kept=1")).Headers.Age);
    }

    private sealed class MarkNotToKeep : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (!context.Request.Query.ContainsKey("kept"))
                    context.Items[BuildPagePolicy.NotToKeep] = true;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task A_newly_published_build_is_served_not_the_pages_cached_from_the_old_one()
    {
        using var own = new SiteFactory();
        var client = own.CreateClient();
        var served = own.Services.GetRequiredService<ServedBuild>();
        const string Decree = "/instruments/decree-276/latest";
        var before = await (await Get(client, Decree)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("enters into force on signature", before, StringComparison.Ordinal);

        File.AppendAllText(Path.Combine(own.Content, "decree-276", "2010-06-04.en.md"), "\n### Article 3. Entry into force {#entry-into-force}\n\n3.1. This Decree enters into force on signature.\n");
        var stamp = BuildPipeline.Run(new BuildOptions(own.Content, own.Data, Audience.Public)).PublishedStamp;
        Assert.True(SpinWait.SpinUntil(() => served.CurrentStamp == stamp, TimeSpan.FromSeconds(15)), "the site did not switch");

        var after = await (await Get(client, Decree)).Content.ReadAsStringAsync();
        Assert.Contains("enters into force on signature", after, StringComparison.Ordinal);
    }
}
