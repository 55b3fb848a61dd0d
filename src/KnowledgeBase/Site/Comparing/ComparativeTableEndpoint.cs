using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Hosting;

namespace KnowledgeBase.Site.Comparing;

/// <summary><c>GET /instruments/{slug}/compare/table.docx?from=&amp;to=&amp;lang=</c>: the comparative table as a Word document to download.</summary>
public static class ComparativeTableEndpoint
{
    public static IEndpointRouteBuilder MapComparativeTableDocument(this IEndpointRouteBuilder app)
    {
        app.MapGet("/instruments/{slug}/compare/table.docx", (RequestBuild build, ComparisonCache cache, UiLanguage ui, string slug, string? from, string? to, string? lang) =>
        {
            try
            {
                if (ComparativeTables.Find(build, cache, slug, from, to, lang, ui, () => ComparisonBudget.None) is not { } table)
                    return Results.Problem(
                        statusCode: StatusCodes.Status404NotFound,
                        title: "No such comparison",
                        detail: $"Name an instrument, two of its versions and a language both have: {SiteLinks.ComparativeTableDocument("migration-code", "2013-07-adopted", "2014-10-amended")}");
                return Results.File(ComparativeTableDocument.Write(table, ui), ComparativeTableDocument.ContentType, table.FileName);
            }
            catch (NoBuildException)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
