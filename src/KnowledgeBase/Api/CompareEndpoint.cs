using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;

namespace KnowledgeBase.Api;

/// <summary><c>GET /api/instruments/{slug}/compare</c>: two versions of one text aligned provision by provision (see docs/api.md).</summary>
internal static class CompareEndpoint
{
    /// <param name="budgets">The comparison's budget is started once both texts are read, as the comparison page's is.</param>
    public static IResult Handle(HttpContext context, RequestBuild build, ComparisonCache cache, ComparisonBudgets budgets, string slug, CompareQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.From) || string.IsNullOrWhiteSpace(query.To))
            return ApiProblems.BadRequest($"Name the two versions to compare: /api/instruments/{slug}/compare?from=2013-04-parliament-draft&to=2013-07-adopted");
        if (ApiEndpoints.FindText(build, slug, query.From, query.Language, out var problem) is not { Version: var from })
            return problem!;
        if (ApiEndpoints.FindText(build, slug, query.To, query.Language, out problem) is not { Version: var to })
            return problem!;

        var options = new ComparisonOptions(query.IgnoreWhitespace, query.IgnoreRenumbering);
        var key = new ComparisonKey(build.Manifest.Stamp, slug, from.Label, to.Label, query.Language, options);
        var comparison = cache.GetOrCompute(key, () =>
        {
            var (fromText, toText) = (build.Store.Provisions(slug, from.Label, query.Language), build.Store.Provisions(slug, to.Label, query.Language));
            return ProvisionAligner.Compare(fromText, toText, options, budgets.StartingNow());
        });
        // An answer cut short is not the build's final word: served, but kept by neither cache, so the next request may complete it.
        if (comparison.Curtailed)
            context.Items[BuildPagePolicy.NotToKeep] = true;
        return Results.Ok(new ComparisonBody(slug, from.Label, to.Label, query.Language, comparison.Summary,
            [.. comparison.Changes.Select(c => new ChangeView(KindName(c.Kind), c.FromEId, c.ToEId, c.FromNum, c.ToNum, c.Similarity))], comparison.Curtailed));
    }

    private static string KindName(ChangeKind kind) => kind.ToString().ToLowerInvariant();
}
