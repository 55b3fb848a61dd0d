using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site.Comparing;
using KnowledgeBase.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests;

/// <summary>The site over a copy of a corpus (the fixture corpus unless told), with an empty data folder: it builds on start, as on a fresh clone.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _temp = new();

    public SiteFactory()
        : this(TestPaths.FixtureContent)
    {
    }

    /// <param name="corpus">A content folder; it is copied, so the site never writes beside committed files.</param>
    /// <remarks>Internal: xunit builds a fixture through its only public constructor.</remarks>
    internal SiteFactory(string corpus)
    {
        Content = _temp.CopyFrom(corpus, "content");
        Data = _temp.Combine("data");
    }

    public string Content { get; }

    public string Data { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("content", Content);
        builder.UseSetting("data", Data);
        builder.UseSetting("audience", "public");
        // Tests fire requests faster than any reader, all from one address; the limits have tests of their own (RateLimitsTests).
        builder.UseSetting("RateLimit:Enabled", "false");
        builder.UseEnvironment("Production");
        // Comparisons are never timed in tests: complete here, cut short at once where a test asks (CurtailedComparisonTests).
        builder.ConfigureServices(services => services.AddSingleton(new ComparisonBudgets(() => ComparisonBudget.None)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _temp.Dispose();
    }
}
