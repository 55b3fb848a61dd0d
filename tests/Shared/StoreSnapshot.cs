using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Testing;

/// <summary>The whole content of a build's store as deterministic JSON: collections and keys sorted, for golden files.</summary>
public static class StoreSnapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The store whose <c>kb.db</c> is <paramref name="databasePath"/>, its provisions gathered from every shard beside
    /// it: the snapshot does not depend on how the provisions are split.</summary>
    public static string Of(string databasePath)
    {
        var root = new JsonObject();
        foreach (var name in new[] { StoreSchema.Instruments, StoreSchema.Versions, StoreSchema.Provisions, StoreSchema.Citations, StoreSchema.LegalBasis })
        {
            var documents = Files(databasePath, name).SelectMany(file => Documents(file, name)).OrderBy(d => d["_id"]).Select(d => ToJson(d)).ToList();
            root[name] = new JsonArray([.. documents]);
        }
        return root.ToJsonString(Indented) + "\n";
    }

    /// <summary>The documents of one shard of a store, by file (<c>kb.db</c> or a shard): to compare two stores shard by shard.</summary>
    public static IReadOnlyList<BsonDocument> Documents(string file, string collection)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = file, ReadOnly = true, Connection = ConnectionType.Direct });
        return [.. database.GetCollection(collection).FindAll()];
    }

    private static IEnumerable<string> Files(string databasePath, string collection) =>
        collection == StoreSchema.Provisions && ProvisionShards.CountOf(databasePath) is var count and > 0
            ? Enumerable.Range(0, count).Select(i => Path.Combine(Path.GetDirectoryName(databasePath)!, ProvisionShards.FileName(i)))
            : [databasePath];

    private static JsonNode? ToJson(BsonValue value) => value.Type switch
    {
        BsonType.Null => null,
        BsonType.Document => new JsonObject(value.AsDocument.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, ToJson(p.Value)))),
        BsonType.Array => new JsonArray([.. value.AsArray.Select(ToJson)]),
        BsonType.Int32 => JsonValue.Create(value.AsInt32),
        BsonType.Int64 => JsonValue.Create(value.AsInt64),
        BsonType.Boolean => JsonValue.Create(value.AsBoolean),
        BsonType.Double => JsonValue.Create(value.AsDouble),
        _ => JsonValue.Create(value.ToString().Trim('"') is var s && value.IsString ? value.AsString : s),
    };
}
