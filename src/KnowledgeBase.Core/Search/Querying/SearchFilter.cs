using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>The exact-match conditions of a search (kind, status, language, instrument, version) as one Lucene filter.</summary>
/// <remarks>A filter, not extra query clauses: the conditions must narrow the hits without changing how they rank.</remarks>
internal static class SearchFilter
{
    public static Filter? For(SearchCriteria criteria)
    {
        var required = new BooleanQuery();
        Require(required, IndexSchema.Kind, criteria.Kind);
        Require(required, IndexSchema.Status, criteria.Status);
        Require(required, IndexSchema.Language, criteria.Language);
        Require(required, IndexSchema.Slug, criteria.Instrument);
        if (criteria.Version is null)
            Require(required, IndexSchema.Newest, IndexTerms.True);
        else if (!criteria.AllVersions)
            Require(required, IndexSchema.Version, criteria.Version);

        return required.Clauses.Count == 0 ? null : new QueryWrapperFilter(required);
    }

    private static void Require(BooleanQuery required, string field, string? value)
    {
        if (value is not null)
            required.Add(new TermQuery(new Term(field, value)), Occur.MUST);
    }
}
