namespace KnowledgeBase.Core.Search;

/// <summary>The query or the request cannot be run as written; the message tells the reader what to change.</summary>
public sealed class InvalidSearchQueryException : Exception
{
    public InvalidSearchQueryException()
    {
    }

    public InvalidSearchQueryException(string message)
        : base(message)
    {
    }

    public InvalidSearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
