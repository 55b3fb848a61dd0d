namespace KnowledgeBase.Core.Search.Querying;

/// <summary>A <see cref="SearchRequest"/> checked and put in the spelling of the index, so that later steps need not doubt it.</summary>
/// <param name="Version">Null for the newest version of each instrument (unless <paramref name="AsAt"/>), <see cref="SearchRequest.AllVersions"/>, or a label.</param>
internal sealed record SearchCriteria(
    string Text,
    string? Kind,
    string? Status,
    string? Language,
    string? Instrument,
    string? Version,
    int Skip,
    int Take,
    DateOnly? AsAt = null,
    bool GroupByProvision = false,
    bool HidesInternalLegislation = false)
{
    public const int MaxQueryLength = QueryLimits.MaxLength;
    public const int MaxPageSize = 100;

    /// <summary>How deep paging may go: collecting the top hits costs in proportion to it.</summary>
    public const int MaxDepth = 10_000;

    public bool AllVersions => Version == SearchRequest.AllVersions;

    public static SearchCriteria From(SearchRequest request)
    {
        var text = request.Query?.Trim() ?? "";
        if (text.Length > MaxQueryLength)
            throw new InvalidSearchQueryException($"The query is {text.Length:N0} characters long; shorten it to at most {MaxQueryLength:N0}.");
        if (request.Page < 1)
            throw new InvalidSearchQueryException($"Page {request.Page} does not exist: pages are numbered from 1.");
        if (request.PageSize is < 1 or > MaxPageSize)
            throw new InvalidSearchQueryException($"A page holds 1 to {MaxPageSize} hits, not {request.PageSize}.");
        if ((long)request.Page * request.PageSize > MaxDepth)
            throw new InvalidSearchQueryException($"Only the first {MaxDepth:N0} hits can be paged through; narrow the query or the filters.");

        var version = Given(request.Version) is { } given && given.Equals(SearchRequest.AllVersions, StringComparison.OrdinalIgnoreCase)
            ? SearchRequest.AllVersions
            : Given(request.Version);
        if (version is not null && request.AsAt is not null)
            throw new InvalidSearchQueryException("Search either one version or the versions in force on a date, not both.");

        return new SearchCriteria(
            text,
            OneOf(request.Kind, IndexTerms.Kinds, "kind"),
            OneOf(request.Status, IndexTerms.Statuses, "status"),
            Given(request.Language)?.ToLowerInvariant(),
            Given(request.Instrument),
            version,
            (request.Page - 1) * request.PageSize,
            request.PageSize,
            request.AsAt,
            request.GroupByProvision,
            request.Access is { SeesInternalLegislation: false });
    }

    // A query string such as ?kind= arrives as an empty value and means no filter, like a missing one.
    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? OneOf(string? value, IReadOnlyList<string> allowed, string what)
    {
        if (Given(value) is not { } given)
            return null;
        return allowed.FirstOrDefault(a => a.Equals(given, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidSearchQueryException($"'{given}' is not a {what}; use one of: {string.Join(", ", allowed)}.");
    }
}
