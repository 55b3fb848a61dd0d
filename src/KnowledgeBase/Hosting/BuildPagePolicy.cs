using KnowledgeBase.Core.Building;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Hosting;

/// <summary>Which answers the output cache keeps: every successful GET of the public site, keyed by the build it was read from.</summary>
/// <remarks>
/// A published build never changes, so a page is fully named by the build's stamp, the URL with its query, the interface
/// language cookie and the day (procedure pages say what is in force today). Only the public audience is cached: its
/// readers all have the same rights. An internal site, or a request carrying credentials, is never cached, so one reader's
/// page can never reach another. Static assets are left to their own validators. When the site switches builds, the first
/// request that sees the new stamp evicts every older page.
/// </remarks>
public sealed class BuildPagePolicy(SiteOptions options, ServedBuild served, TimeProvider clock) : IOutputCachePolicy
{
    public const string Tag = "build";

    /// <summary>An <see cref="HttpContext.Items"/> key a page sets when its answer is not the build's final word (a comparison
    /// cut short by its time budget), so that it is served but not kept.</summary>
    public const string NotToKeep = "kb-not-to-keep";

    private string? _lastStamp;

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        if (options.Audience != Audience.Public
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || context.HttpContext.User.Identity?.IsAuthenticated == true
            || context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is not null
            || served.CurrentStamp is not { } stamp)
            return;

        var previous = Interlocked.Exchange(ref _lastStamp, stamp);
        if (previous is not null && previous != stamp)
            await context.HttpContext.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, CancellationToken.None);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromHours(12);
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["build"] = stamp;
        var ui = context.CacheVaryByRules.VaryByValues["ui"] = Site.UiLanguage.CodeOf(request);
        var day = context.CacheVaryByRules.VaryByValues["day"] = Today();
        AddValidators(context.HttpContext.Response, $"W/\"{stamp}.{ui}.{day}\"");
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || context.HttpContext.Items.ContainsKey(NotToKeep))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>Browsers and proxies revalidate every time (the build may switch at any moment) and get a 304 while it has not.</summary>
    /// <remarks>
    /// Written before the page renders, since the cache keeps the headers a response starts with; taken back from an answer
    /// that is not a page (a 404, an error), and left to static assets, which carry their own.
    /// </remarks>
    private static void AddValidators(HttpResponse response, string etag)
    {
        if (response.Headers.ContainsKey(HeaderNames.ETag))
            return;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, no-cache";
        response.Headers.Vary = "Cookie";
        response.OnStarting(() =>
        {
            if (response.StatusCode != StatusCodes.Status200OK && response.Headers.ETag == etag)
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.CacheControl);
                response.Headers.Remove(HeaderNames.Vary);
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The day as the procedure page reads it (local time), so a page cached yesterday is not served today.</summary>
    private string Today() => DateOnly.FromDateTime(clock.GetLocalNow().Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
