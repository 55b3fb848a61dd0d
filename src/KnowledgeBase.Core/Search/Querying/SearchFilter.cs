using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>Which versions a search looks in (the newest, one label, every version, or those in force on a day) as one Lucene filter.</summary>
/// <remarks>
/// A filter, not extra query clauses: it must narrow the hits without changing how they rank. The reader's own filters
/// (kind, status, language, instrument) are applied while collecting instead, so that each can be counted without itself.
/// </remarks>
internal static class SearchFilter
{
    public static Filter? ScopeOf(SearchCriteria criteria)
    {
        if (criteria.AsAt is { } day)
            return InForceOn(day);
        if (criteria.AllVersions)
            return null;
        var required = criteria.Version is null
            ? new TermQuery(new Term(IndexSchema.Newest, IndexTerms.True))
            : new TermQuery(new Term(IndexSchema.Version, criteria.Version));
        return new QueryWrapperFilter(required);
    }

    /// <summary>Two range conditions on the stored in-force interval: the same cost for one instrument or twenty thousand.</summary>
    private static QueryWrapperFilter InForceOn(DateOnly day)
    {
        var inForce = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(IndexSchema.InForceFrom, null, day.DayNumber, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(IndexSchema.InForceUntil, day.DayNumber, null, false, true), Occur.MUST },
        };
        return new QueryWrapperFilter(inForce);
    }
}
