using System.Text.Encodings.Web;
using System.Text.Unicode;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        // Comparisons are keyed by build stamp, so one cache serves every build the site switches to.
        services.AddSingleton(new ComparisonCache());
        services.TryAddSingleton(new Site.Comparing.ComparisonBudgets());
        services.AddHostedService<StartupBuild>();
        services.AddHostedService<BuildWatcher>();
        services.AddProblemDetails();
        services.AddHttpContextAccessor();
        services.AddScoped<RequestBuild>();
        services.AddScoped<UiLanguage>();
        // "In force today" on procedure pages; tests may pin the day.
        services.TryAddSingleton(TimeProvider.System);
        services.AddBuildPageCache(configuration);
        services.AddRazorComponents();
        // Razor's default encoder writes ə, ş, ж as numeric entities; legal text in three scripts should stay readable.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        return services;
    }
}
