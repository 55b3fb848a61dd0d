using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;

namespace KnowledgeBase.Api;

/// <summary><c>GET /api/suggest?q=</c>: the titles and headings what is being typed may continue, for the search box.</summary>
public static class SuggestEndpoint
{
    public const int DefaultLimit = 8;

    public static IEndpointRouteBuilder MapSuggestions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/suggest", (RequestBuild build, string? q, string? lang, int? limit) => Suggest(build, q ?? "", lang, limit ?? DefaultLimit));
        return app;
    }

    private static IResult Suggest(RequestBuild build, string q, string? lang, int limit)
    {
        if (q.Length > SuggestionList.MaxTypedLength)
            return ApiProblems.BadRequest($"'q' is at most {SuggestionList.MaxTypedLength} characters.");
        if (limit is < 1 or > SuggestionList.MaxResults)
            return ApiProblems.BadRequest($"'limit' is from 1 to {SuggestionList.MaxResults}.");
        try
        {
            var suggestions = build.Suggest(q, string.IsNullOrEmpty(lang) ? null : lang, limit);
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
