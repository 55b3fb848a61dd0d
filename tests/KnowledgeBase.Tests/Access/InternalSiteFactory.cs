using System.Net;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Access;

/// <summary>The internal site (<c>--audience internal</c>) over <see cref="InternalCorpus"/>, with a users file holding a drafter and an officer.</summary>
/// <remarks>
/// Clients talk to it as <c>https://localhost</c>, as a deployed internal site is reached: its session cookie is Secure and a
/// browser (or <see cref="HttpClient"/>'s cookie container) sends it over HTTPS only. A request may name the client address it
/// comes from in <see cref="ClientHeader"/>, so that rate limits per address can be tested in one process.
/// </remarks>
public sealed class InternalSiteFactory : WebApplicationFactory<Program>
{
    public const string Drafter = "aysel";
    public const string Officer = "orkhan";
    public const string DrafterPassword = "drafter-password-1";
    public const string OfficerPassword = "officer-password-1";

    /// <summary>Test-only header: the client address the request stands for.</summary>
    public const string ClientHeader = "X-Test-Client";

    private readonly TempFolder _temp = new();
    private readonly IReadOnlyDictionary<string, string> _settings;

    public InternalSiteFactory()
        : this(new Dictionary<string, string>())
    {
    }

    /// <param name="settings">Configuration to add or override, e.g. <c>RateLimit:Burst</c>.</param>
    internal InternalSiteFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        Content = InternalCorpus.WriteInto(_temp);
        Data = _temp.Combine("data");
        UsersFile = _temp.Combine("users.json");
        Core.Accounts.UsersFile.Write(UsersFile, [
            Passwords.Account(Drafter, UserRole.Drafter, DrafterPassword),
            Passwords.Account(Officer, UserRole.Officer, OfficerPassword),
        ]);
    }

    public string Content { get; }

    public string Data { get; }

    public string UsersFile { get; }

    /// <summary>A client with no session that does not follow redirects, so a test sees where it is sent.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
    });

    /// <summary>A client signed in through the real sign-in form, as a person would.</summary>
    public async Task<HttpClient> SignedIn(string name, string password)
    {
        var client = Anonymous();
        using var response = await SignInForm.Submit(client, name, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"signing in {name}: expected a redirect, got {(int)response.StatusCode}");
        return client;
    }

    public Task<HttpClient> DrafterClient() => SignedIn(Drafter, DrafterPassword);

    public Task<HttpClient> OfficerClient() => SignedIn(Officer, OfficerPassword);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("content", Content);
        builder.UseSetting("data", Data);
        builder.UseSetting("audience", "internal");
        builder.UseSetting("users", UsersFile);
        // Off unless a test turns it on (RateLimitsTests): the other tests are not readers at a human pace.
        builder.UseSetting("RateLimit:Enabled", "false");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
            // Comparisons are never timed in tests (see SiteFactory).
            services.AddSingleton(new KnowledgeBase.Site.Comparing.ComparisonBudgets(() => KnowledgeBase.Core.Versions.Comparing.ComparisonBudget.None));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _temp.Dispose();
    }

    /// <summary>Sets the connection's remote address from <see cref="ClientHeader"/> before anything else runs (the test server has none).</summary>
    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address) ? address : IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
