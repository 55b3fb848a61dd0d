using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;
using KnowledgeBase.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests;

/// <summary>The site over a copy of the shipped corpus (<c>content/</c>), built on start as on a fresh clone: pages are tested on the real texts.</summary>
/// <remarks>Building the corpus takes a while, so every test class that reads it shares one instance through <see cref="ShippedSiteCollection"/>.</remarks>
public sealed class ShippedSiteFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _temp = new();
    private HttpClient? _client;

    public ShippedSiteFactory()
    {
        Content = _temp.CopyFrom(TestPaths.ShippedContent, "content");
        Data = _temp.Combine("data");
    }

    public string Content { get; }

    public string Data { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("content", Content);
        builder.UseSetting("data", Data);
        builder.UseSetting("audience", "public");
        builder.UseEnvironment("Production");
    }

    /// <summary>A page, parsed, after checking its status.</summary>
    public async Task<IDocument> Page(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        _client ??= CreateClient();
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>Reads the served build's store directly: the oracle pages are checked against.</summary>
    public T Read<T>(Func<KnowledgeStore, T> query)
    {
        _client ??= CreateClient();
        using var lease = Services.GetRequiredService<ServedBuild>().Acquire();
        return query(lease.Build.Store);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _temp.Dispose();
    }
}
