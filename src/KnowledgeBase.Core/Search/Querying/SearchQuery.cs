using System.Text;
using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>The reader's query, parsed once for each language searched with that language's analysis.</summary>
/// <remarks>
/// A document holds one language, so each language's query only ever matches documents of its language;
/// joined with OR they search every language at once and rank the hits together.
/// </remarks>
internal sealed class SearchQuery
{
    // Parses a query for syntax alone when no language is searched, so a malformed query is reported all the same.
    private const string SyntaxCheckLanguage = "und";

    private SearchQuery(IReadOnlyDictionary<string, Query> byLanguage) => ByLanguage = byLanguage;

    /// <summary>The query of each language that can match something; a query of stop words alone matches nothing.</summary>
    public IReadOnlyDictionary<string, Query> ByLanguage { get; }

    public bool IsEmpty => ByLanguage.Count == 0;

    /// <summary>A query that matches nothing: what a query of syntax alone (<c>+</c>) leaves as plain words.</summary>
    public static SearchQuery Nothing { get; } = new(new Dictionary<string, Query>());

    public Query Combined()
    {
        if (ByLanguage.Count == 1)
            return ByLanguage.Values.Single();
        // Coord would only scale every hit by the same 1/languages: a document matches one language's clause at most.
        var anyLanguage = new BooleanQuery(disableCoord: true);
        foreach (var query in ByLanguage.Values)
            anyLanguage.Add(query, Occur.SHOULD);
        return anyLanguage;
    }

    /// <summary>Each language's query in the primitive form the searcher runs: prefixes, wildcards and fuzzy words become the index's words.</summary>
    /// <exception cref="BooleanQuery.TooManyClausesException">A prefix stands for more words than a query may hold.</exception>
    public SearchQuery RewrittenBy(IndexSearcher searcher) =>
        new(ByLanguage.ToDictionary(language => language.Key, language => searcher.Rewrite(language.Value), StringComparer.Ordinal));

    /// <summary>This query or <paramref name="wider"/>, this one's hits ranked first: a retry that keeps what the query found.</summary>
    public SearchQuery WidenedBy(SearchQuery wider)
    {
        var byLanguage = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var language in ByLanguage.Keys.Union(wider.ByLanguage.Keys))
        {
            var either = new BooleanQuery(disableCoord: true);
            if (ByLanguage.TryGetValue(language, out var own))
            {
                var preferred = (Query)own.Clone();
                preferred.Boost *= PreferredBoost;
                either.Add(preferred, Occur.SHOULD);
            }
            if (wider.ByLanguage.TryGetValue(language, out var other))
                either.Add(other, Occur.SHOULD);
            byLanguage.Add(language, either);
        }
        return new SearchQuery(byLanguage);
    }

    /// <summary>How much a hit of the query as typed outweighs a hit of its retry.</summary>
    private const float PreferredBoost = 10f;

    /// <exception cref="QuerySyntaxException">The text is not valid query syntax.</exception>
    /// <exception cref="InvalidSearchQueryException">The text asks for more words or expansions than <see cref="QueryLimits"/> allow.</exception>
    public static SearchQuery Parse(string text, IReadOnlyList<string> languages, LanguageFieldAnalyzer analyzer)
    {
        var escaped = EscapeSyntaxNotOffered(text);
        var byLanguage = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var language in languages.Count > 0 ? languages : [SyntaxCheckLanguage])
        {
            var query = ParseIn(language, text, escaped, analyzer);
            if (languages.Count > 0 && query is not BooleanQuery { Clauses.Count: 0 })
                byLanguage.Add(language, query);
        }
        return new SearchQuery(byLanguage);
    }

    private static Query ParseIn(string language, string text, string escaped, LanguageFieldAnalyzer analyzer)
    {
        try
        {
            return new LanguageQueryParser(language, analyzer).Parse(escaped);
        }
        // Parse wraps every syntax error in a ParseException; Lucene's query classes refuse a bad argument with an ArgumentException.
        catch (Exception problem) when (problem is ParseException or ArgumentException)
        {
            throw new QuerySyntaxException(QuerySyntaxMessage.For(text, problem), problem);
        }
    }

    /// <summary>Escapes <c>:</c> and <c>/</c>, which Lucene reads as a field name and a regular expression.</summary>
    /// <remarks>
    /// Legal text is full of both ("Article 5:", "Law No. 45/2013"), while field names are the index's business and
    /// regular expressions can cost a scan of every word; so both characters simply mean themselves.
    /// </remarks>
    private static string EscapeSyntaxNotOffered(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character == '\\' && i + 1 < text.Length)
            {
                escaped.Append(character).Append(text[++i]);
                continue;
            }
            if (character is ':' or '/')
                escaped.Append('\\');
            escaped.Append(character);
        }
        return escaped.ToString();
    }
}
