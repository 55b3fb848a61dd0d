using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Core.Accounts;

/// <summary>The internal site's users: a JSON file of names, roles and password hashes, written by the indexer's <c>users</c> command.</summary>
/// <remarks>
/// Written whole to a temporary file beside it and renamed over it, so the site, which reads it on every sign-in, never sees
/// half a file. The site never writes it: lockouts are kept in the site's memory, not here.
/// </remarks>
public static class UsersFile
{
    public const string FileName = "users.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The default place: beside the builds, in the data folder (which is never served).</summary>
    public static string DefaultPath(string dataFolder) => Path.Combine(dataFolder, FileName);

    /// <summary>The accounts in the file; none when it does not exist.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a users file.</exception>
    public static IReadOnlyList<UserAccount> Read(string path)
    {
        if (!File.Exists(path))
            return [];
        try
        {
            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), Options);
            return document?.Users ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a users file: {e.Message}", e);
        }
    }

    public static void Write(string path, IReadOnlyList<UserAccount> accounts)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, JsonSerializer.Serialize(new Document([.. accounts.OrderBy(a => a.Name, StringComparer.Ordinal)]), Options));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The account a name signs in as; names are compared without regard to case.</summary>
    public static UserAccount? Find(IReadOnlyList<UserAccount> accounts, string name) =>
        accounts.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    private sealed record Document(List<UserAccount> Users);
}
