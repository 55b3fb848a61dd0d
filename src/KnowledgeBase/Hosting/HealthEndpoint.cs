using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Hosting;

/// <summary><c>GET /healthz</c>: which build is served, how old it is and for whom; 503 when none can be served.</summary>
/// <remarks>
/// For a load balancer or a monitor: it reads only the served build's manifest, which is in memory, so it stays cheap
/// however often it is asked. It is exempt from sign-in (it names no text) and from rate limiting.
/// A newer build that <c>CURRENT</c> names but the site refused (damaged, missing) is reported beside the one still served,
/// so a monitor sees a failed publication even while readers are unaffected.
/// </remarks>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (ServedBuild served, SiteOptions site, TimeProvider clock) =>
        {
            var audience = Name(site.Audience);
            try
            {
                using var lease = served.Acquire();
                var manifest = lease.Build.Manifest;
                var age = clock.GetUtcNow() - manifest.CreatedUtc;
                return Results.Json(new Health("serving", audience, manifest.Stamp, manifest.CreatedUtc, (long)Math.Max(0, age.TotalSeconds), RefusalOf(served)));
            }
            catch (NoBuildException)
            {
                return Results.Json(new Health("no-build", audience, null, null, null, RefusalOf(served)), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        return app;
    }

    private static string Name(Audience audience) => audience.ToString().ToLowerInvariant();

    private static Refusal? RefusalOf(ServedBuild served) =>
        served.Refused is { } refused ? new Refusal(refused.Stamp, refused.Reason, refused.AtUtc) : null;

    /// <param name="Status"><c>serving</c> or <c>no-build</c>.</param>
    /// <param name="AgeSeconds">Seconds since the served build was made.</param>
    /// <param name="Refused">The newest build the site would not serve, and why; absent when none was refused.</param>
    private sealed record Health(string Status, string Audience, string? Build, DateTimeOffset? BuiltUtc, long? AgeSeconds, Refusal? Refused);

    private sealed record Refusal(string Build, string Reason, DateTimeOffset AtUtc);
}
