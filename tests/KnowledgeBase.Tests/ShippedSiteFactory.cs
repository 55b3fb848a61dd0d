using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site.Comparing;
using KnowledgeBase.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests;

/// <summary>The site over a copy of the shipped corpus (<c>content/</c>), built on start as on a fresh clone, with "today" pinned so that "in force today" does not drift.</summary>
/// <remarks>Building the corpus takes a while, so every test class that reads it shares one instance through <see cref="ShippedSiteCollection"/>.</remarks>
public sealed class ShippedSiteFactory : WebApplicationFactory<Program>
{
    /// <summary>A day on which the Migration Code's 2018 text is the one in force.</summary>
    public static readonly DateTimeOffset Today = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _temp = new();

    public ShippedSiteFactory()
    {
        Content = _temp.CopyFrom(TestPaths.ShippedContent, "content");
        Data = _temp.Combine("data");
    }

    public string Content { get; }

    public string Data { get; }

    /// <summary>Gets a page and parses it, asserting the status it should have; <paramref name="uiLanguage"/> sets the interface language cookie.</summary>
    public async Task<IDocument> GetDocument(string url, HttpStatusCode expected = HttpStatusCode.OK, string? uiLanguage = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (uiLanguage is not null)
            request.Headers.Add("Cookie", $"kb-ui={uiLanguage}");
        using var response = await client.SendAsync(request);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads the served build's store directly: the oracle pages are checked against.</summary>
    public T Read<T>(Func<KnowledgeStore, T> query)
    {
        _ = Server;
        using var lease = Services.GetRequiredService<ServedBuild>().Acquire();
        return query(lease.Build.Store);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("content", Content);
        builder.UseSetting("data", Data);
        builder.UseSetting("audience", "public");
        // Tests fire requests faster than any reader, all from one address; the limits have tests of their own (RateLimitsTests).
        builder.UseSetting("RateLimit:Enabled", "false");
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(new PinnedClock(Today));
            // Comparisons are never timed in tests: complete here, cut short at once where a test asks (CurtailedComparisonTests).
            services.AddSingleton(new ComparisonBudgets(() => ComparisonBudget.None));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _temp.Dispose();
    }

    private sealed class PinnedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
