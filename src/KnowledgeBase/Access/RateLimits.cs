using Microsoft.AspNetCore.RateLimiting;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using KnowledgeBase.Api;

namespace KnowledgeBase.Access;

/// <summary>Limits searches and API calls per client address, so one client cannot take the site down for everyone else.</summary>
/// <param name="Burst"><c>RateLimit:Burst</c>: requests a client may make at once.</param>
/// <param name="PerSecond"><c>RateLimit:PerSecond</c>: how fast its allowance refills.</param>
/// <remarks>
/// A token bucket per IP address: a reader's bursts (a search, then its facets, then page 2) pass; a script's stream is
/// answered 429 with <c>Retry-After</c>. Pages other than search read precomputed text and are not limited, nor are
/// static files and <c>/healthz</c>. Behind a reverse proxy every client has the proxy's address: limit there instead,
/// or forward the client address (not configured here).
/// </remarks>
public sealed record RateLimits(bool Enabled, int Burst, int PerSecond)
{
    public static RateLimits From(IConfiguration configuration) => new(
        configuration.GetValue("RateLimit:Enabled", true),
        configuration.GetValue("RateLimit:Burst", 60),
        configuration.GetValue("RateLimit:PerSecond", 20));

    /// <summary>The requests that cost a search or a query: <c>/search</c> and <c>/api/…</c>.</summary>
    public static bool Applies(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/search");

    public IServiceCollection AddTo(IServiceCollection services) => services.AddRateLimiter(limiter =>
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, IPAddress>(context =>
            Enabled && Applies(context)
                ? RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress ?? IPAddress.None, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Burst,
                    TokensPerPeriod = PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(IPAddress.None));
        limiter.OnRejected = Reject;
    });

    private static async ValueTask Reject(OnRejectedContext rejected, CancellationToken cancellation)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
            await ApiProblems.TooManyRequests(seconds).ExecuteAsync(context);
        else
            await TooManyRequestsPage.Write(context, seconds, cancellation);
    }
}
