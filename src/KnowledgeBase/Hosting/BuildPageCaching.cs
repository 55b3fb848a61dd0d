namespace KnowledgeBase.Hosting;

/// <summary>Output caching of the public site's pages: rendered once per build, then served from memory.</summary>
/// <remarks><c>--output-cache false</c> turns it off, to measure what rendering a page costs.</remarks>
public static class BuildPageCaching
{
    /// <summary>Bounds the memory the cache may hold; least recently used pages go first. The largest page (a whole code) is about 2 MB.</summary>
    public const long SizeLimitBytes = 128L * 1024 * 1024;

    public static IServiceCollection AddBuildPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
            return services;
        services.AddSingleton<BuildPagePolicy>();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = SizeLimitBytes;
            cache.MaximumBodySize = 8L * 1024 * 1024;
            // Without the default policy, which would cache every GET of any audience for a minute, by URL alone.
            cache.AddBasePolicy(policy => policy.AddPolicy<BuildPagePolicy>(), excludeDefaultPolicy: true);
        });
        return services;
    }

    public static WebApplication UseBuildPageCache(this WebApplication app)
    {
        if (IsEnabled(app.Configuration))
            app.UseOutputCache();
        return app;
    }

    private static bool IsEnabled(IConfiguration configuration) =>
        !string.Equals(configuration["output-cache"], "false", StringComparison.OrdinalIgnoreCase);
}
