using LiteDB;

namespace KnowledgeBase.Core.Storage;

/// <summary>The one LiteDB mapper the writer and every reader share.</summary>
/// <remarks>
/// LiteDB's defaults trim strings and store empty strings as null; a legal text must come back exactly as it went in,
/// so both are switched off. A mapper learns each type the first time it meets it, and two threads teaching it at once
/// corrupt its cache ("Collection was modified", "Member not found"): so the one shared instance learns every stored type
/// before anyone can use it, after which it is only read.
/// </remarks>
public static class StoreMapper
{
    public static BsonMapper Shared { get; } = CreateWarm();

    private static BsonMapper CreateWarm()
    {
        var mapper = new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false };
        mapper.ToDocument(new StoredInstrument());
        mapper.ToDocument(new StoredVersion());
        mapper.ToDocument(new StoredProvision());
        mapper.ToDocument(new StoredCitation());
        mapper.ToDocument(new StoredLegalBasis());
        return mapper;
    }
}
