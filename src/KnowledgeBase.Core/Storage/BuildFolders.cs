using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Core.Storage;

/// <summary>Where one audience's builds live: <c>data/&lt;audience&gt;/builds/&lt;stamp&gt;/</c>, and the <c>CURRENT</c> pointer naming the published one.</summary>
public sealed class BuildFolders(string dataRoot, Audience audience)
{
    public const string CurrentFileName = "CURRENT";

    public Audience Audience { get; } = audience;

    public string AudienceRoot { get; } = Path.Combine(Path.GetFullPath(dataRoot), audience.ToString().ToLowerInvariant());

    public string BuildsRoot => Path.Combine(AudienceRoot, "builds");

    public string CurrentFile => Path.Combine(AudienceRoot, CurrentFileName);

    public string BuildPath(string stamp) => Path.Combine(BuildsRoot, stamp);

    /// <summary>Where a build is written before it is complete; the leading dot keeps it out of every listing of builds.</summary>
    public string PartialPath(string stamp) => Path.Combine(BuildsRoot, $".{stamp}.partial");

    /// <summary>The stamp <c>CURRENT</c> names, or null when nothing is published (or the pointer names no folder).</summary>
    public string? ReadCurrentStamp()
    {
        try
        {
            var stamp = File.ReadAllText(CurrentFile).Trim();
            return stamp.Length > 0 && IsStamp(stamp) && Directory.Exists(BuildPath(stamp)) ? stamp : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>What <c>CURRENT</c> says, checked for nothing: null when there is no pointer. For reporting a pointer that names no build.</summary>
    public string? ReadCurrentPointer()
    {
        try
        {
            var text = File.ReadAllText(CurrentFile).Trim();
            return text.Length > 200 ? text[..200] : text;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A new stamp: UTC time to the millisecond, so stamps sort in build order, plus a random tail against collisions.</summary>
    public static string NewStamp() =>
        $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff'Z'}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";

    /// <summary>Stamps never hold a path separator or a dot: a pointer file can never send a reader outside the builds folder.</summary>
    public static bool IsStamp(string value) => value.Length is > 0 and < 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
