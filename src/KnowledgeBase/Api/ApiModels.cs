using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Api;

// The JSON shapes of the read-only API, documented in docs/api.md. Serialised in camelCase.

public sealed record InstrumentSummary(string Slug, string Kind, string Title, IReadOnlyDictionary<string, string> Titles, string? Notice, IReadOnlyList<VersionSummary> Versions);

public sealed record VersionSummary(string Version, string Date, string Status, IReadOnlyList<string> Languages);

public sealed record VersionBody(string Slug, string Version, string Date, string Status, string Language, string? Title, string? Notice, IReadOnlyList<ProvisionNode> Provisions);

public sealed record ProvisionNode(string EId, string Kind, string Num, string? Heading, string Text, IReadOnlyList<ProvisionNode> Children);

public sealed record ProvisionDetail(
    string Slug,
    string Version,
    string Language,
    string EId,
    string Kind,
    string Num,
    string? Heading,
    string Text,
    string Html,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<ProvisionReference> CitedBy,
    IReadOnlyList<ProcedureReference> Procedures);

public sealed record CitationView(string Text, string FromEId, ProvisionReference? Target, bool Resolved);

public sealed record ProvisionReference(string Slug, string Version, string EId);

public sealed record ProcedureReference(string Slug, string Title);

/// <param name="SyntaxProblem">Why <c>q</c> could not be read as search syntax; it was then searched as the plain words of <paramref name="Searched"/>.</param>
/// <param name="Fuzzy">The hits are for similar words (<paramref name="DidYouMean"/> when given), because <c>q</c> as typed found little.</param>
/// <param name="DirectAlsoIn">When the first hit is a direct answer: the other instruments that have a provision of that number.</param>
public sealed record SearchResponse(int Total, int Matches, int Page, int PageSize, IReadOnlyList<SearchHitView> Hits, SearchFacetsView Facets,
    string Searched, string? SyntaxProblem, bool Fuzzy, string? DidYouMean, IReadOnlyList<string> DirectAlsoIn);

public sealed record SearchHitView(
    string Slug,
    string Version,
    string Language,
    string EId,
    string? Heading,
    string Snippet,
    string? Label,
    string InstrumentTitle,
    string Kind,
    string Status,
    string Date,
    int OtherVersions,
    bool Direct = false,
    string? Part = null);

/// <summary>Counts per filter value, named as the query parameters are.</summary>
public sealed record SearchFacetsView(
    IReadOnlyList<FacetCountView> Kind,
    IReadOnlyList<FacetCountView> Status,
    [property: System.Text.Json.Serialization.JsonPropertyName("lang")] IReadOnlyList<FacetCountView> Language,
    IReadOnlyList<FacetCountView> Instrument);

public sealed record FacetCountView(string Value, int Count);

/// <param name="Curtailed">The time budget ran out: some provisions are listed added and removed (or not split or merged) that
/// the full comparison pairs; ask again for the complete one.</param>
public sealed record ComparisonBody(string Slug, string From, string To, string Language, ComparisonSummary Summary, IReadOnlyList<ChangeView> Changes, bool Curtailed);

/// <summary>One aligned pair; <c>kind</c> is <c>unchanged</c>, <c>modified</c>, <c>renumbered</c>, <c>moved</c>, <c>added</c>, <c>removed</c>, <c>split</c> or <c>merged</c>.</summary>
public sealed record ChangeView(string Kind, string? FromEId, string? ToEId, string? FromNum, string? ToNum, double? Similarity);
