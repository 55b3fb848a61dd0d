using KnowledgeBase.Hosting;

namespace KnowledgeBase.Site.Feed;

/// <summary><c>GET /feed.atom</c>: the <see cref="AtomFeed"/> of the served build.</summary>
public static class FeedEndpoint
{
    public static IEndpointRouteBuilder MapAtomFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", (HttpContext context, ServedBuild served) =>
        {
            try
            {
                using var lease = served.Acquire();
                var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
                var feed = AtomFeed.Build(lease.Build.Store, root, lease.Build.Manifest.CreatedUtc);
                return Results.Text(feed.Declaration + "\n" + feed.ToString(), AtomFeed.ContentType);
            }
            catch (NoBuildException)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
