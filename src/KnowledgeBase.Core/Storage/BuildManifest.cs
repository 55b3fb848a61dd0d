using System.Text.Json;

namespace KnowledgeBase.Core.Storage;

/// <summary>What a build is: written last into its folder, so a folder with a manifest is complete.</summary>
/// <param name="ContentFingerprint">Hash of the content and of the code that built it; the site rebuilds when it no longer matches.</param>
/// <param name="Files">Every other file of the build with its size, so a damaged build is refused when it is opened.</param>
public sealed record BuildManifest(
    string Stamp,
    string Audience,
    string ContentFingerprint,
    DateTimeOffset CreatedUtc,
    int Instruments,
    int Versions,
    int Provisions,
    int Citations,
    int ResolvedCitations,
    int IndexedDocuments,
    IReadOnlyList<BuildFile>? Files = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void WriteTo(string buildPath) =>
        File.WriteAllText(Path.Combine(buildPath, StoreSchema.ManifestFile), JsonSerializer.Serialize(this, Options));

    public static BuildManifest? ReadFrom(string buildPath)
    {
        try
        {
            return JsonSerializer.Deserialize<BuildManifest>(File.ReadAllText(Path.Combine(buildPath, StoreSchema.ManifestFile)), Options);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
