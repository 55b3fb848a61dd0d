using KnowledgeBase.Hosting;

namespace KnowledgeBase.Site.Feed;

/// <summary><c>GET /feed.atom</c>: the <see cref="AtomFeed"/> of the served build.</summary>
public static class FeedEndpoint
{
    public static IEndpointRouteBuilder MapAtomFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", (HttpContext context, RequestBuild build) =>
        {
            try
            {
                var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
                var feed = AtomFeed.Build(build.Catalogue, root, build.Manifest.CreatedUtc);
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
