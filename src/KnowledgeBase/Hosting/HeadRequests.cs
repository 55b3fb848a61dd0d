namespace KnowledgeBase.Hosting;

/// <summary>Answers <c>HEAD</c> as the <c>GET</c> of the same address would be answered, without the body.</summary>
/// <remarks>
/// Pages are endpoints for <c>GET</c> only, so monitors and link checkers, which ask <c>HEAD</c>, were told 404 about pages
/// that exist. The request is routed as a <c>GET</c> and what the page writes is thrown away; the status and headers are
/// the page's own (Kestrel sends no body after a <c>HEAD</c> in any case).
/// </remarks>
public static class HeadRequests
{
    /// <summary>Must come before routing, which picks the endpoint by method.</summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        return app;
    }
}
