using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Core.Storage;

/// <summary>A hash of everything a build depends on: every content file (name and bytes) and the code that builds it.</summary>
public static class ContentFingerprint
{
    public static string Compute(string contentRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(ContentFingerprint).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        var root = Path.GetFullPath(contentRoot);
        if (Directory.Exists(root))
        {
            var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
                .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (full, relative) in files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
                hash.AppendData(File.ReadAllBytes(full));
                hash.AppendData([0]);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
