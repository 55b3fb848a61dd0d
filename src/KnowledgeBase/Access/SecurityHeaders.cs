namespace KnowledgeBase.Access;

/// <summary>Headers every response carries (pages, API, errors, static files): what the browser may load, frame and send on.</summary>
/// <remarks>
/// Added when the response starts rather than after the next middleware, so that answers written by the error pages, the
/// rate limiter, the sign-in challenge or the static file endpoints carry them too. Every script and stylesheet of the site
/// is a file under <c>wwwroot</c> (no inline script, style element or style attribute), so the policy allows only 'self'.
/// </remarks>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Internal addresses name drafts: they are never sent to another site.</summary>
    public const string ReferrerPolicy = "same-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = ReferrerPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
