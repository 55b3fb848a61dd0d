using System.Globalization;
using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>Lucene's classic query syntax over one language's heading and text fields.</summary>
/// <remarks>
/// NOTE: like every Lucene query parser it is not thread-safe; make one per query.
/// Every word is required (AND) unless the query says OR: readers type a few words to narrow thousands of provisions,
/// and with OR a frequent word such as "article" or "law" would fill the result with provisions that lack the others.
/// </remarks>
internal sealed class LanguageQueryParser : MultiFieldQueryParser
{
    /// <summary>A word in a heading says more about a provision than the same word in its text.</summary>
    private const float HeadingBoost = 2f;

    private readonly ContentAnalyzer _language;
    private int _words;
    private int _expandedWords;

    public LanguageQueryParser(string language, LanguageFieldAnalyzer analyzer)
        : base(
            ContentAnalyzers.Version,
            [IndexSchema.HeadingOf(language), IndexSchema.TextOf(language)],
            analyzer,
            // Lucene.Net looks up a boost for every field, so the text field needs its 1 spelled out.
            new Dictionary<string, float> { [IndexSchema.HeadingOf(language)] = HeadingBoost, [IndexSchema.TextOf(language)] = 1f })
    {
        _language = analyzer.ForLanguage(language);
        DefaultOperator = Operator.AND;
        Locale = CultureInfo.InvariantCulture;
        // A word the analyzer splits (vətəndaşlığı-olmayan, 45.1-ci) is meant as those words side by side.
        AutoGeneratePhraseQueries = true;
        // The parser would only lower-case prefix terms; NormalizeTerm also folds them (İCAZƏ* → icaze*), as the index was.
        LowercaseExpandedTerms = false;
        AllowLeadingWildcard = false;
        // Expands prefixes into at most BooleanQuery.MaxClauseCount words and fails beyond, which keeps a query like a* bounded.
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_BOOLEAN_QUERY_REWRITE;
    }

    // The multi-field parser calls each method once with no field, then once per field: the first call is the word itself.
    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field is null && ++_words > QueryLimits.MaxWords)
            throw new InvalidSearchQueryException($"The query has more than {QueryLimits.MaxWords} words; use fewer.");
        return base.GetFieldQuery(field!, queryText, quoted);
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(CountExpanded(field), _language.NormalizeTerm(termStr));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(CountExpanded(field), _language.NormalizeTerm(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(CountExpanded(field), _language.NormalizeTerm(termStr), minSimilarity);

    private string CountExpanded(string field)
    {
        if (field is null && ++_expandedWords > QueryLimits.MaxExpandedWords)
            throw new InvalidSearchQueryException(
                $"The query has more than {QueryLimits.MaxExpandedWords} words with *, ? or ~, each of which stands for many words; use fewer.");
        return field!;
    }

    // An open bound (*) arrives as null.
    protected override Query GetRangeQuery(string field, string? part1, string? part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(field, NormalizeBound(part1), NormalizeBound(part2), startInclusive, endInclusive);

    private string? NormalizeBound(string? bound) => bound is null ? null : _language.NormalizeTerm(bound);
}
