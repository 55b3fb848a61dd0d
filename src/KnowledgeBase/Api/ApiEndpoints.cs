using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Hosting;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;

namespace KnowledgeBase.Api;

/// <summary>The read-only JSON API over the served build (see docs/api.md).</summary>
public static class ApiEndpoints
{
    public const string DefaultLanguage = "en";

    /// <summary>The <c>group</c> value that gives one hit per provision.</summary>
    public const string ByProvision = "provision";

    public static IEndpointRouteBuilder MapKnowledgeBaseApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/instruments", (RequestBuild build, string? lang) => WithBuild(() => ListInstruments(build, lang ?? DefaultLanguage)));
        api.MapGet("/instruments/{slug}/versions/{version}", (RequestBuild build, string slug, string version, string? lang) =>
            WithBuild(() => GetVersion(build, slug, version, lang ?? DefaultLanguage)));
        api.MapGet("/instruments/{slug}/versions/{version}/provisions/{eId}", (RequestBuild build, string slug, string version, string eId, string? lang) =>
            WithBuild(() => GetProvision(build, slug, version, eId, lang ?? DefaultLanguage)));
        api.MapGet("/instruments/{slug}/compare", (HttpContext context, RequestBuild build, ComparisonCache cache, ComparisonBudgets budgets, string slug, string? from, string? to, string? lang, bool? ignoreWhitespace, bool? ignoreRenumbering) =>
            WithBuild(() => CompareEndpoint.Handle(context, build, cache, budgets, slug,
                new CompareQuery(from, to, lang ?? DefaultLanguage, ignoreWhitespace ?? false, ignoreRenumbering ?? false))));
        api.MapGet("/search", (RequestBuild build, string? q, string? kind, string? status, string? lang, string? instrument, string? version, int? page, string? at, string? group) =>
            WithBuild(() => Search(build, q, kind, status, lang, instrument, version, page ?? 1, at, group)));
        api.MapFallback(() => ApiProblems.NotFound("There is no such API endpoint; see docs/api.md."));
        return app;
    }

    /// <summary>Runs a handler on the request's build (held until the request ends, seen as the reader may see it).</summary>
    private static IResult WithBuild(Func<IResult> handler)
    {
        try
        {
            return handler();
        }
        catch (NoBuildException e)
        {
            return ApiProblems.NoBuild(e.Message);
        }
    }

    /// <remarks>From the build's catalogue (<see cref="Site.Browsing.InstrumentCatalogue"/>), which holds every field listed
    /// here: reading 19,775 instruments and their versions from the store took an uncached request about a second.</remarks>
    private static IResult ListInstruments(RequestBuild build, string language) =>
        Results.Ok(build.Catalogue.Instruments.Select(i => new InstrumentSummary(
            i.Slug,
            i.Kind,
            Titles.Of(i, language),
            i.Titles,
            Titles.NoticeOf(i, language),
            [.. i.Versions.Select(v => new VersionSummary(v.Label, v.Date, v.Status, v.Languages))])).ToList());

    private static IResult GetVersion(RequestBuild build, string slug, string version, string language)
    {
        if (FindText(build, slug, version, language, out var problem) is not { Version: var found })
            return problem!;
        var provisions = build.Store.Provisions(slug, found.Label, language);
        return Results.Ok(new VersionBody(slug, found.Label, found.Date, found.Status, language,
            found.Titles.GetValueOrDefault(language), Titles.NoticeOf(build.Store.Instrument(slug)!, language), ProvisionTree.Build(provisions)));
    }

    /// <summary>The text a URL names, when it exists in the language asked for; otherwise the 404 that says what is missing.</summary>
    internal static RequestedText? FindText(RequestBuild build, string slug, string version, string language, out IResult? problem)
    {
        var requested = TextLookup.Find(build.Store, slug, version, date: null, language);
        problem = build.Store.Instrument(slug) is null ? ApiProblems.NotFound($"There is no instrument '{slug}'.")
            : requested is null ? ApiProblems.NotFound($"'{slug}' has no version '{version}'.")
            : !requested.HasLanguage ? ApiProblems.NotFound($"Version '{requested.Version.Label}' of '{slug}' has no text in '{language}'; it has {string.Join(", ", requested.Version.Languages)}.")
            : null;
        return problem is null ? requested : null;
    }

    private static IResult GetProvision(RequestBuild build, string slug, string version, string eId, string language)
    {
        if (FindText(build, slug, version, language, out var problem) is not { } requested)
            return problem!;
        var found = requested.Version;
        var all = build.Store.Provisions(slug, found.Label, language);
        var subtree = TextOutline.Subtree(all, eId);
        if (subtree.Count == 0)
            return ApiProblems.NotFound($"Version '{found.Label}' of '{slug}' has no provision '{eId}'.");

        var provision = subtree[0];
        var ids = subtree.Select(p => p.EId).ToHashSet(StringComparer.Ordinal);
        var citations = build.Store.CitationsFrom(slug, found.Label, language, ids)
            .Select(c => new CitationView(c.Text, c.SourceEId, c.TargetSlug is null ? null : new ProvisionReference(c.TargetSlug, c.TargetVersion!, c.TargetEId!), c.TargetSlug is not null))
            .ToList();
        var citedBy = build.Store.CitationsTo(slug, found.Label, eId)
            .Select(c => SourceOf(c))
            .Distinct()
            .ToList();
        // Matched through the provision's history, as on its page: a legal basis names the id the provision had in its version.
        var history = ProvisionTimeline.Of(build.Store, requested, all, eId);
        var procedures = ApplyingProcedures.Of(build.Store, slug, history, language)
            .Select(p => new ProcedureReference(p.Slug, p.Title))
            .ToList();
        return Results.Ok(new ProvisionDetail(slug, found.Label, language, provision.EId, provision.Kind, provision.Num, provision.Heading,
            provision.Text, ProvisionHtml.Plain.Assemble(subtree), citations, citedBy, procedures));
    }

    private static IResult Search(RequestBuild build, string? q, string? kind, string? status, string? lang, string? instrument, string? version, int page, string? at, string? group)
    {
        if (string.IsNullOrWhiteSpace(q))
            return ApiProblems.BadRequest("Give a query: /api/search?q=residence+permit");
        if (page < 1)
            return ApiProblems.BadRequest("'page' starts at 1.");
        DateOnly? asAt = null;
        if (!string.IsNullOrEmpty(at))
        {
            if (!DateOnly.TryParseExact(at, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                return ApiProblems.BadRequest($"'at' is a date written yyyy-mm-dd, not '{at}'.");
            asAt = day;
        }
        if (!string.IsNullOrEmpty(group) && group != ByProvision)
            return ApiProblems.BadRequest($"'group' is '{ByProvision}' or absent, not '{group}'.");
        var request = new SearchRequest(q, kind, status, lang, instrument, version, page, AsAt: asAt, GroupByProvision: group == ByProvision);
        try
        {
            var results = build.Search(request);
            // The direct answer leads the first page's hits; it is not counted in total, which stays the count of ordinary hits.
            return Results.Ok(new SearchResponse(results.Total, results.Matches, request.Page, request.PageSize,
                [.. results.Hits.Select(h => new SearchHitView(h.Slug, h.Version, h.Language, h.EId, h.Heading, h.Snippet,
                    h.Label, h.InstrumentTitle, h.Kind, h.Status, h.Date, h.OtherVersions, h.Direct, h.Part))],
                new SearchFacetsView(Counts(results.Facets.Kind), Counts(results.Facets.Status), Counts(results.Facets.Language), Counts(results.Facets.Instrument)),
                results.SearchedText, results.SyntaxProblem, results.Fuzzy, results.DidYouMean, results.Direct?.AlsoIn ?? []));
        }
        catch (InvalidSearchQueryException e)
        {
            return ApiProblems.BadRequest(e.Message);
        }
    }

    private static IReadOnlyList<FacetCountView> Counts(IReadOnlyList<Core.Search.Facets.FacetValue> facet) =>
        [.. facet.Select(f => new FacetCountView(f.Value, f.Count))];

    private static ProvisionReference SourceOf(StoredCitation citation)
    {
        var at = citation.SourceKey.IndexOf('@', StringComparison.Ordinal);
        return new ProvisionReference(citation.SourceKey[..at], citation.SourceKey[(at + 1)..], citation.SourceEId);
    }

}
