using KnowledgeBase.Api;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;

namespace KnowledgeBase.Access;

/// <summary>Sign-in for the internal site: a session cookie, from the users file's form or from an OpenID Connect directory.</summary>
/// <remarks>
/// On the internal site every endpoint requires a signed-in reader unless it says otherwise (the layout's static files,
/// the sign-in page, <c>/healthz</c>): a fallback policy, so a page added later is protected without remembering to be.
/// The public site registers the same schemes but requires nothing, and its sign-in page does not exist.
/// </remarks>
public static class AccessServices
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string CookieName = "kb-session";

    /// <summary>The authentication type of a reader signed in from the users file (an OpenID Connect reader has the provider's).</summary>
    public const string UsersFileAuthentication = "users-file";

    /// <summary>Sign-in, security headers' companions (HTTPS redirection) and rate limits, all from configuration.</summary>
    public static IServiceCollection AddKnowledgeBaseAccess(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var site = SiteOptions.From(configuration);
        var development = environment.IsDevelopment();
        var options = AccessOptions.From(configuration, site.Data, development);
        var https = HttpsOptions.From(configuration, development);
        services.AddSingleton(https);
        services.AddHttpsRedirection(redirection => redirection.HttpsPort = https.Port);
        RateLimits.From(configuration).AddTo(services);
        services.AddSingleton(options);
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<PasswordSignIn>();

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                // Lax, not Strict: a link to a provision in an e-mail should open signed in; the site changes nothing on a GET.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = SignInPath;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Challenge(context, options);
                cookie.Events.OnValidatePrincipal = StillAUser;
            });
        if (options.OpenIdConnect is { } directory)
            authentication.AddOpenIdConnect(oidc =>
            {
                oidc.Authority = directory.Authority;
                oidc.ClientId = directory.ClientId;
                oidc.ClientSecret = directory.ClientSecret;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.MapInboundClaims = false;
                oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = directory.RoleClaim;
            });

        services.AddAuthorization(authorization =>
        {
            if (site.Audience == Audience.Internal)
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return services;
    }

    /// <summary>Without a session the API answers 401 in problem JSON (a script cannot follow a sign-in form); a page goes to sign in.</summary>
    private static async Task Challenge(RedirectContext<CookieAuthenticationOptions> context, AccessOptions options)
    {
        var http = context.HttpContext;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await ApiProblems.SignInRequired().ExecuteAsync(http);
            return;
        }
        if (options.OpenIdConnect is not null)
        {
            var back = LocalReturnUrl.OrHome(http.Request.PathBase + http.Request.Path + http.Request.QueryString);
            await http.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = back });
            return;
        }
        http.Response.Redirect(context.RedirectUri);
    }

    /// <summary>A session from the users file ends as soon as its user is removed or given another role.</summary>
    private static Task StillAUser(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity is { AuthenticationType: UsersFileAuthentication, Name: { } name })
        {
            var account = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>().Find(name);
            if (account is null || !context.Principal.IsInRole(Readers.RoleName(account.Role)))
                context.RejectPrincipal();
        }
        return Task.CompletedTask;
    }

    /// <summary>Security headers and HTTPS first, so every answer has them; call before the error pages.</summary>
    public static WebApplication UseKnowledgeBaseSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        HttpsOptions.UseHttpsWhenAsked(app, app.Services.GetRequiredService<HttpsOptions>());
        return app;
    }

    /// <summary>Rate limits, then who the reader is and whether they may pass; call after routing.</summary>
    public static WebApplication UseKnowledgeBaseAccess(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
