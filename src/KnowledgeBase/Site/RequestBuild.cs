using KnowledgeBase.Access;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Suggesting;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Hosting;

namespace KnowledgeBase.Site;

/// <summary>The build one request reads, as its reader may see it: leased on first use and released when the request's scope ends.</summary>
/// <remarks>
/// Every component of one page sees the same build, even if a new one is published while the page renders.
/// Pages, the API, the feed and downloads all read through this one object, so what a reader may see
/// (<see cref="ReaderAccess"/>) is decided once per request and cannot be forgotten by one of them: the store it hands out
/// answers as if hidden versions did not exist, and its searches never match them.
/// </remarks>
public sealed class RequestBuild(ServedBuild served, IHttpContextAccessor http, SiteOptions options, ILogger<Browsing.InstrumentCatalogue> catalogueLog) : IDisposable
{
    private BuildLease? _lease;

    public ReaderAccess Access { get; } = Readers.AccessOf(http.HttpContext?.User, options.Audience);

    /// <summary>Throws <see cref="NoBuildException"/> when nothing is published yet.</summary>
    private PublishedBuild Build => (_lease ??= served.Acquire()).Build;

    public KnowledgeStore Store => Build.Store.For(Access);

    public BuildManifest Manifest => Build.Manifest;

    /// <summary>What the home and browse pages, the API's list of instruments and the feed list, as this reader may see it.</summary>
    public Browsing.InstrumentCatalogue Catalogue => Browsing.InstrumentCatalogue.Of(Build, Access, catalogueLog);

    /// <exception cref="InvalidSearchQueryException">The query or a filter is not valid.</exception>
    public SearchResults Search(SearchRequest request) => Build.Search.Search(request with { Access = Access });

    public IReadOnlyList<string> SearchLanguages => Build.Search.Languages;

    /// <summary>What the typed text may continue, leaving out names from versions this reader may not see.</summary>
    /// <remarks>The build's list holds every audience's names; an officer's hidden drafts are dropped here, after the
    /// look-up, which asks for the most the list gives so that dropped names do not leave the answer short.</remarks>
    public IReadOnlyList<Suggestion> Suggest(string typed, string? language, int limit)
    {
        var list = BuildSuggestions.Of(Build);
        if (Access.SeesInternalLegislation)
            return list.Suggest(typed, language, limit);
        var store = Store;
        return [.. list.Suggest(typed, language, SuggestionList.MaxResults)
            .Where(s => store.Version(s.Slug, s.Version) is not null)
            .Take(limit)];
    }

    public void Dispose() => _lease?.Dispose();
}
