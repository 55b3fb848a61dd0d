namespace KnowledgeBase.Core.Search.Querying;

/// <summary>What one query may ask of the index, so that no query, however written, costs more than a bounded time and memory.</summary>
/// <remarks>
/// The length limit bounds the parse; the word limit bounds the clauses; the limit on words with <c>*</c>, <c>?</c> or <c>~</c>
/// bounds the expansions, each of which may stand for up to <c>BooleanQuery.MaxClauseCount</c> words of the index.
/// </remarks>
public static class QueryLimits
{
    /// <summary>Characters of query text.</summary>
    public const int MaxLength = 1000;

    /// <summary>Words and phrases of one query, before each is searched in every language's fields.</summary>
    public const int MaxWords = 200;

    /// <summary>Words with <c>*</c>, <c>?</c> or <c>~</c>, which Lucene expands into the index words they stand for.</summary>
    public const int MaxExpandedWords = 10;
}
