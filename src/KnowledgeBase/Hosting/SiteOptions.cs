using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Hosting;

/// <summary>Where the site reads content and builds, and for whom it serves; from <c>--content</c>, <c>--data</c>, <c>--audience</c>.</summary>
public sealed record SiteOptions(string Content, string Data, Audience Audience, bool BuildOnStart)
{
    public static SiteOptions From(IConfiguration configuration)
    {
        var audienceText = configuration["audience"] ?? "public";
        if (!Enum.TryParse<Audience>(audienceText, ignoreCase: true, out var audience) || audienceText.Any(char.IsDigit))
            throw new ArgumentException($"--audience is 'public' or 'internal', not '{audienceText}'");
        return new SiteOptions(
            Path.GetFullPath(configuration["content"] ?? DefaultPaths.Content()),
            Path.GetFullPath(configuration["data"] ?? DefaultPaths.Data()),
            audience,
            !string.Equals(configuration["build-on-start"], "false", StringComparison.OrdinalIgnoreCase));
    }
}
