using Bunit;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Tests.Components;

/// <summary>A bUnit context with what the site's components inject: the reader's interface language, from its cookie.</summary>
internal static class UiContext
{
    public static BunitContext In(string uiLanguage = "en")
    {
        var context = new BunitContext();
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{UiLanguage.CookieName}={uiLanguage}";
        context.Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = http });
        context.Services.AddScoped<UiLanguage>();
        return context;
    }
}
