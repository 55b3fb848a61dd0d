using LiteDB;

namespace KnowledgeBase.Core.Storage;

/// <summary>The one LiteDB mapper the writer and every reader share.</summary>
/// <remarks>
/// LiteDB's defaults trim strings and store empty strings as null; a legal text must come back exactly as it went in,
/// so both are switched off.
/// </remarks>
public static class StoreMapper
{
    public static BsonMapper Create() => new() { TrimWhitespace = false, EmptyStringToNull = false };
}
