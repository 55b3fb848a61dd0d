using System.Runtime.CompilerServices;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;

namespace KnowledgeBase.Api;

/// <summary><c>GET /api/suggest?q=</c>: the titles and headings what is being typed may continue, for the search box.</summary>
public static class SuggestEndpoint
{
    public const int DefaultLimit = 8;

    // One list per build, read on the first suggestion asked of it and dropped with the build.
    private static readonly ConditionalWeakTable<PublishedBuild, SuggestionList> Lists = [];

    public static IEndpointRouteBuilder MapSuggestions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", (ServedBuild served, string? q, string? lang, int? limit) => Suggest(served, q ?? "", lang, limit ?? DefaultLimit));
        return app;
    }

    /// <summary>The build's suggestion list, read from its folder once.</summary>
    public static SuggestionList ListOf(PublishedBuild build) =>
        Lists.GetValue(build, b => SuggestionFile.Read(Path.Combine(b.Path, SuggestionFile.Name)));

    private static IResult Suggest(ServedBuild served, string q, string? lang, int limit)
    {
        if (q.Length > SuggestionList.MaxTypedLength)
            return ApiProblems.BadRequest($"'q' is at most {SuggestionList.MaxTypedLength} characters.");
        if (limit is < 1 or > SuggestionList.MaxResults)
            return ApiProblems.BadRequest($"'limit' is from 1 to {SuggestionList.MaxResults}.");
        try
        {
            using var lease = served.Acquire();
            var suggestions = ListOf(lease.Build).Suggest(q, string.IsNullOrEmpty(lang) ? null : lang, limit);
            return Results.Ok(new SuggestResponse(q, [.. suggestions.Select(View)]));
        }
        catch (NoBuildException e)
        {
            return ApiProblems.NoBuild(e.Message);
        }
    }

    private static SuggestionView View(Suggestion s) => new(
        s.Text,
        s.Kind.ToString().ToLowerInvariant(),
        s.Language,
        s.Slug,
        s.Version,
        s.EId,
        s.Kind switch
        {
            SuggestionKind.Procedure => SiteLinks.Procedure(s.Slug, language: s.Language),
            SuggestionKind.Instrument => SiteLinks.Version(s.Slug, s.Version, s.Language),
            _ => SiteLinks.Provision(s.Slug, s.Version, s.EId!, s.Language),
        });
}
