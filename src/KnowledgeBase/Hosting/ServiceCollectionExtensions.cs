using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Hosting;

/// <summary>Registers everything the site needs, in one place.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = SiteOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new BuildFolders(options.Data, options.Audience));
        services.AddSingleton<ServedBuild>();
        services.AddHostedService<StartupBuild>();
        services.AddHostedService<BuildWatcher>();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
            json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        return services;
    }
}
