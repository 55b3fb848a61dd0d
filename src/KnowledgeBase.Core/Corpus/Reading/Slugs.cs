using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>The rules for slugs, version labels and keys: the parts of stable URLs.</summary>
public static partial class Slugs
{
    /// <summary>Labels the site's URLs take for themselves: <c>/instruments/{slug}/latest</c>, <c>…/at/{date}</c>, <c>…/compare</c>.</summary>
    public static readonly IReadOnlySet<string> ReservedVersionLabels = new HashSet<string>(StringComparer.Ordinal) { "latest", "at", "compare" };

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    /// <summary>Version labels appear in URLs too: letters, digits, dots, hyphens and underscores.</summary>
    public static bool IsVersionLabel(string value) => LabelPattern().IsMatch(value);

    // Bounded in length too: a slug or label is part of every URL of the instrument, and of no file name.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex LabelPattern();
}
