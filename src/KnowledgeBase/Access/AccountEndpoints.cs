using KnowledgeBase.Core.Building;
using KnowledgeBase.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBase.Access;

/// <summary><c>POST /account/sign-out</c> (internal site only): ends the session; a form with an antiforgery token, never a link.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app, SiteOptions site)
    {
        if (site.Audience != Audience.Internal)
            return app;
        app.MapPost(AccessServices.SignOutPath, async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
                    detail: "The sign-out form has expired: reload the page and sign out again.");
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(AccessServices.SignInPath);
        });
        return app;
    }
}
