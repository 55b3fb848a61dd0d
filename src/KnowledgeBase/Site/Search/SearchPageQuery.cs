using System.Globalization;
using KnowledgeBase.Core.Search;

namespace KnowledgeBase.Site.Search;

/// <summary>The search page's state, all of it in the query string so that every view is a link.</summary>
/// <param name="Language">The <c>lang</c> filter: search the text in this language only.</param>
/// <param name="Scope">One of <see cref="SearchScope"/>; anything else means the newest versions.</param>
/// <param name="Date">With <see cref="SearchScope.At"/>: the day, <c>yyyy-mm-dd</c>.</param>
public sealed record SearchPageQuery(
    string? Q,
    string? Kind = null,
    string? Status = null,
    string? Language = null,
    string? Instrument = null,
    string? Scope = null,
    string? Date = null,
    int Page = 1)
{
    public const int PageSize = 20;

    public bool HasQuery => !string.IsNullOrWhiteSpace(Q);

    public string EffectiveScope => Scope is SearchScope.At or SearchScope.All ? Scope : SearchScope.Newest;

    public bool HasFilters => Given(Kind) || Given(Status) || Given(Language) || Given(Instrument);

    /// <summary>The day of an "as at" search, or null when the date is missing or not <c>yyyy-mm-dd</c>.</summary>
    public DateOnly? AsAt =>
        DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <exception cref="InvalidSearchQueryException">An "as at" search without a valid date.</exception>
    public SearchRequest ToRequest()
    {
        var scope = EffectiveScope;
        if (scope == SearchScope.At && AsAt is null)
            throw new InvalidSearchQueryException("To search the versions in force on a date, give the date as yyyy-mm-dd, for example 2014-01-01.");
        return new SearchRequest(
            Q ?? "", Kind, Status, Language, Instrument,
            Version: scope == SearchScope.All ? SearchRequest.AllVersions : null,
            Page: Page,
            PageSize: PageSize,
            AsAt: scope == SearchScope.At ? AsAt : null,
            GroupByProvision: scope == SearchScope.All);
    }

    /// <summary>The same search with one filter changed (null removes it), from its first page.</summary>
    public string WithFilter(string parameter, string? value) => (parameter switch
    {
        "kind" => this with { Kind = value },
        "status" => this with { Status = value },
        "lang" => this with { Language = value },
        "instrument" => this with { Instrument = value },
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "not a filter of the search page"),
    } with { Page = 1 }).Href();

    public string WithPage(int page) => (this with { Page = page }).Href();

    /// <summary>The query alone, every filter removed.</summary>
    public string WithoutFilters() => new SearchPageQuery(Q, Scope: Scope, Date: Date).Href();

    public string Href()
    {
        var parameters = new List<string>();
        Add(parameters, "q", Q?.Trim());
        Add(parameters, "kind", Kind);
        Add(parameters, "status", Status);
        Add(parameters, "lang", Language);
        Add(parameters, "instrument", Instrument);
        if (EffectiveScope != SearchScope.Newest)
            Add(parameters, "scope", EffectiveScope);
        if (EffectiveScope == SearchScope.At)
            Add(parameters, "date", Date);
        if (Page > 1)
            Add(parameters, "page", Page.ToString(CultureInfo.InvariantCulture));
        return parameters.Count == 0 ? "/search" : "/search?" + string.Join('&', parameters);
    }

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);

    private static void Add(List<string> parameters, string name, string? value)
    {
        if (Given(value))
            parameters.Add($"{name}={Uri.EscapeDataString(value!)}");
    }
}
