using System.Text.Encodings.Web;
using KnowledgeBase.Site;

namespace KnowledgeBase.Access;

/// <summary>The page a reader sees when their searches come too fast: what happened and when to try again, in their interface language.</summary>
/// <remarks>
/// Written directly rather than rendered as a component: it answers precisely when the site is busiest, so it costs nothing
/// and reads no build. It links the site's stylesheet, so it looks like the site.
/// </remarks>
public static class TooManyRequestsPage
{
    public static Task Write(HttpContext context, int retryAfterSeconds, CancellationToken cancellation)
    {
        var ui = new UiLanguage(new HttpContextAccessor { HttpContext = context });
        var html = context.RequestServices.GetRequiredService<HtmlEncoder>();
        var back = context.Request.Path + context.Request.QueryString;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{ui.Code}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{html.Encode(ui.Pick("Too many searches", "Həddən çox axtarış"))}</title>
            <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <main id="main">
            <h1>{html.Encode(ui.Pick("Too many searches", "Həddən çox axtarış"))}</h1>
            <p>{html.Encode(ui.Pick(
                $"Searches from your address came faster than the site answers them for one reader. Please wait {retryAfterSeconds} s and try again.",
                $"Ünvanınızdan gələn axtarışlar saytın bir oxucu üçün cavab verə biləcəyindən sürətlidir. {retryAfterSeconds} saniyə gözləyin və yenidən cəhd edin."))}</p>
            <p><a href="{html.Encode(back)}">{html.Encode(ui.Pick("Try again", "Yenidən cəhd et"))}</a> · <a href="/">{html.Encode(ui.Pick("Home page", "Ana səhifə"))}</a></p>
            </main>
            </body>
            </html>
            """, cancellation);
    }
}
