namespace KnowledgeBase.Access;

/// <summary>Whether the site sends readers to HTTPS and tells browsers to stay there (HSTS): on outside Development unless <c>Https:Redirect=false</c>.</summary>
/// <param name="Port"><c>Https:Port</c>: where HTTPS listens when it is not a Kestrel address of this process (behind a proxy).</param>
/// <remarks>
/// HSTS is sent on HTTPS responses only, and the redirect needs an HTTPS port to send readers to: a site started with plain
/// <c>http://</c> addresses and no <c>Https:Port</c> (a test, a loopback benchmark) serves HTTP as asked, with a warning in the log.
/// </remarks>
public sealed record HttpsOptions(bool Redirect, int? Port)
{
    public static HttpsOptions From(IConfiguration configuration, bool development) =>
        new(configuration.GetValue("Https:Redirect", !development), configuration.GetValue<int?>("Https:Port"));

    public static WebApplication UseHttpsWhenAsked(WebApplication app, HttpsOptions https)
    {
        if (!https.Redirect)
            return app;
        app.UseHsts();
        app.UseHttpsRedirection();
        return app;
    }
}
