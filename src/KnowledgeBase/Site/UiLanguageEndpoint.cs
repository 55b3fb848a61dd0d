namespace KnowledgeBase.Site;

/// <summary><c>GET /ui/{lang}?return=/path</c>: remembers the reader's interface language and goes back, with no script needed.</summary>
public static class UiLanguageEndpoint
{
    public static IEndpointRouteBuilder MapUiLanguage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/{lang}", (HttpContext context, string lang, string? @return) =>
        {
            if (!UiLanguage.Supported.Contains(lang))
                return Results.NotFound();
            context.Response.Cookies.Append(UiLanguage.CookieName, lang, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return Results.LocalRedirect(IsLocal(@return) ? @return! : "/");
        }).AllowAnonymous(); // the sign-in page offers both languages too

        return app;
    }

    /// <summary>Only paths of this site: never an open redirect to another host.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
