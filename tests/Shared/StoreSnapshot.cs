using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Testing;

/// <summary>The whole content of a build's store as deterministic JSON: collections and keys sorted, for golden files.</summary>
public static class StoreSnapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(string databasePath)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = databasePath, ReadOnly = true, Connection = ConnectionType.Direct });
        var root = new JsonObject();
        foreach (var name in new[] { StoreSchema.Instruments, StoreSchema.Versions, StoreSchema.Provisions, StoreSchema.Citations, StoreSchema.LegalBasis })
        {
            var documents = database.GetCollection(name).FindAll().OrderBy(d => d["_id"]).Select(d => ToJson(d)).ToList();
            root[name] = new JsonArray([.. documents]);
        }
        return root.ToJsonString(Indented) + "\n";
    }

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
