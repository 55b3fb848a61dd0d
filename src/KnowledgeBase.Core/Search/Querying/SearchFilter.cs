using KnowledgeBase.Core.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>Which versions a search looks in (the newest, one label, every version, or those in force on a day) as one Lucene filter.</summary>
/// <remarks>
/// A filter, not extra query clauses: it must narrow the hits without changing how they rank. The reader's own filters
/// (kind, status, language, instrument) are applied while collecting instead, so that each can be counted without itself.
/// What the reader may not see (<see cref="SearchCriteria.HidesInternalLegislation"/>) is part of this filter, so a hidden
/// version is never matched, counted in a facet or shown.
/// </remarks>
internal static class SearchFilter
{
    // The scopes that name no value of the reader's (a label, a day) are the same for every search: kept as bit sets.
    private static readonly Filter Newest = Cached(new TermQuery(new Term(IndexSchema.Newest, IndexTerms.True)));
    private static readonly Filter Visible = Cached(VisibleWithoutDrafts());
    private static readonly Filter NewestVisible = Cached(new BooleanQuery { { VisibleWithoutDrafts(), Occur.MUST }, { NewestWithoutDrafts(), Occur.MUST } });

    public static Filter? ScopeOf(SearchCriteria criteria)
    {
        if (criteria.AsAt is null && criteria.Version is null)
            return criteria.HidesInternalLegislation ? NewestVisible : Newest;
        if (criteria.AllVersions)
            return criteria.HidesInternalLegislation ? Visible : null;
        var scope = VersionsOf(criteria);
        if (!criteria.HidesInternalLegislation)
            return new QueryWrapperFilter(scope);
        return new QueryWrapperFilter(new BooleanQuery { { VisibleWithoutDrafts(), Occur.MUST }, { scope, Occur.MUST } });
    }

    /// <summary>Every version the reader may see, whatever the scope: for look-ups across versions (a cited article's
    /// translation in an older version); null when the reader sees everything.</summary>
    public static Filter? VisibleTo(SearchCriteria criteria) => criteria.HidesInternalLegislation ? Visible : null;

    private static SegmentBitsFilter Cached(Query documents) => new(new QueryWrapperFilter(documents));

    /// <summary>A label's versions, or those in force on a day (the scopes not cached).</summary>
    private static Query VersionsOf(SearchCriteria criteria) =>
        criteria.AsAt is { } day ? InForceOn(day) : new TermQuery(new Term(IndexSchema.Version, criteria.Version));

    /// <summary>Public versions, and every version of a procedure (officers apply internal procedures).</summary>
    private static BooleanQuery VisibleWithoutDrafts() => new()
    {
        { new TermQuery(new Term(IndexSchema.Visibility, IndexTerms.Of(Visibility.Public))), Occur.SHOULD },
        { Procedures(), Occur.SHOULD },
    };

    /// <summary>A procedure's newest version, and the newest public version of any other instrument.</summary>
    private static BooleanQuery NewestWithoutDrafts() => new()
    {
        { new BooleanQuery { { Procedures(), Occur.MUST }, { new TermQuery(new Term(IndexSchema.Newest, IndexTerms.True)), Occur.MUST } }, Occur.SHOULD },
        { new BooleanQuery { { new TermQuery(new Term(IndexSchema.NewestPublic, IndexTerms.True)), Occur.MUST }, { Procedures(), Occur.MUST_NOT } }, Occur.SHOULD },
    };

    private static TermQuery Procedures() => new(new Term(IndexSchema.Kind, IndexTerms.Of(InstrumentKind.Procedure)));

    /// <summary>Two range conditions on the stored in-force interval: the same cost for one instrument or twenty thousand.</summary>
    private static BooleanQuery InForceOn(DateOnly day) => new()
    {
        { NumericRangeQuery.NewInt32Range(IndexSchema.InForceFrom, null, day.DayNumber, true, true), Occur.MUST },
        { NumericRangeQuery.NewInt32Range(IndexSchema.InForceUntil, day.DayNumber, null, false, true), Occur.MUST },
    };
}
