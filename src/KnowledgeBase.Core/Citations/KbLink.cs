using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>An explicit link to a provision written by an author: <c>kb:migration-code/art_45</c> or <c>kb:migration-code@2013-07-adopted/art_45__para_1.3</c>.</summary>
/// <param name="Slug">The instrument's slug.</param>
/// <param name="Version">The exact version label, or null for the version in force on the citing version's date.</param>
/// <param name="EId">The provision's id within the version.</param>
public sealed partial record KbLink(string Slug, string? Version, string EId)
{
    /// <summary>Reads a link target; false for anything that is not a well-formed <c>kb:</c> link.</summary>
    public static bool TryParse([NotNullWhen(true)] string? url, [NotNullWhen(true)] out KbLink? link)
    {
        link = null;
        if (url is null)
            return false;
        var match = Shape().Match(url);
        if (!match.Success)
            return false;
        var version = match.Groups["version"];
        link = new KbLink(match.Groups["slug"].Value, version.Success ? version.Value : null, match.Groups["eid"].Value);
        return true;
    }

    public override string ToString() => Version is null ? $"kb:{Slug}/{EId}" : $"kb:{Slug}@{Version}/{EId}";

    // The slug follows the folder-name rule; version labels and ids are file-name-like tokens, so a
    // space, a second slash or a fragment means the author wrote something else and gets no link.
    [GeneratedRegex(
        @"\A(?i:kb):(?<slug>[a-z0-9][a-z0-9-]*)(?:@(?<version>[A-Za-z0-9][A-Za-z0-9._-]*))?/(?<eid>[A-Za-z0-9][A-Za-z0-9._-]*)\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Shape();
}
