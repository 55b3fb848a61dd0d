namespace KnowledgeBase.Hosting;

/// <summary>How failures reach a visitor: the API answers with problem JSON, pages with friendly pages; never a stack trace.</summary>
public static class ErrorHandling
{
    public static WebApplication UseKnowledgeBaseErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found");
        });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
