namespace KnowledgeBase.Core.Search.Querying;

/// <summary>The query is not valid search syntax; unlike an <see cref="InvalidSearchQueryException"/>, the search goes on with its plain words.</summary>
internal sealed class QuerySyntaxException(string message, Exception innerException) : Exception(message, innerException);
