using LiteDB;

namespace KnowledgeBase.Core.Storage;

/// <summary>The store's queries by key, with the key a parameter of a fixed query text.</summary>
/// <remarks>
/// LiteDB compiles a query once per text and keeps every compiled one for the life of the process. <c>Query.StartsWith</c>
/// and <c>Query.EQ</c> write their value into the text, so each instrument asked about cost a fresh compile (some 140 ms of
/// linking one edited version of the Code du travail against the published store) and one more entry kept. With the value a
/// parameter the text is the same for every key: compiled once, and it still seeks the field's index.
/// </remarks>
internal static class StoreQuery
{
    /// <summary>The records whose <paramref name="field"/> starts with <paramref name="prefix"/> (LiteDB's <c>LIKE 'prefix%'</c>,
    /// as <c>Query.StartsWith</c> asks it).</summary>
    public static BsonExpression StartsWith(string field, string prefix) => BsonExpression.Create($"{field} LIKE @0", new BsonValue(prefix + "%"));

    /// <summary>The records whose <paramref name="field"/> is <paramref name="value"/>.</summary>
    public static BsonExpression Equal(string field, string value) => BsonExpression.Create($"{field} = @0", new BsonValue(value));

    /// <summary>The records whose two fields are the two values.</summary>
    public static BsonExpression Equal(string field, string value, string otherField, string otherValue) =>
        BsonExpression.Create($"{field} = @0 AND {otherField} = @1", new BsonValue(value), new BsonValue(otherValue));
}
