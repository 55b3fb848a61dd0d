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
    public static Filter? ScopeOf(SearchCriteria criteria)
    {
        var scope = VersionsOf(criteria);
        if (!criteria.HidesInternalLegislation)
            return scope is null ? null : new QueryWrapperFilter(scope);
        var visible = new BooleanQuery { { VisibleWithoutDrafts(), Occur.MUST } };
        if (scope is not null)
            visible.Add(scope, Occur.MUST);
        return new QueryWrapperFilter(visible);
    }

    /// <summary>Every version the reader may see, whatever the scope: for look-ups across versions (a cited article's
    /// translation in an older version); null when the reader sees everything.</summary>
    public static Filter? VisibleTo(SearchCriteria criteria) =>
        criteria.HidesInternalLegislation ? new QueryWrapperFilter(VisibleWithoutDrafts()) : null;

    private static Query? VersionsOf(SearchCriteria criteria)
    {
        if (criteria.AsAt is { } day)
            return InForceOn(day);
        if (criteria.AllVersions)
            return null;
        if (criteria.Version is not null)
            return new TermQuery(new Term(IndexSchema.Version, criteria.Version));
        return criteria.HidesInternalLegislation ? NewestWithoutDrafts() : new TermQuery(new Term(IndexSchema.Newest, IndexTerms.True));
    }

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
