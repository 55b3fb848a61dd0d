using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Core.Building.Incremental;

namespace KnowledgeBase.Core.Storage;

/// <summary>A hash of everything a build depends on: every content file (name and bytes) and the code that builds it.</summary>
/// <remarks>Made from a <see cref="ContentInventory"/> (each file's XxHash3), so a build that has just taken one, with most
/// hashes carried over from the previous build, need not read the content again.</remarks>
public static class ContentFingerprint
{
    public static string Compute(string contentRoot) => Of(ContentInventory.Take(contentRoot));

    /// <summary>The fingerprint, reading only the files whose size or time moved since the build in <paramref name="buildPath"/>
    /// took its inventory: a directory walk instead of reading every file, when nothing changed.</summary>
    public static string Compute(string contentRoot, string buildPath) =>
        Of(ContentInventory.Take(contentRoot, ContentInventory.ReadFrom(buildPath)));

    public static string Of(ContentInventory inventory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(inventory.Code + "\0"));
        foreach (var file in inventory.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.Path}\0{file.Hash}\0"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
