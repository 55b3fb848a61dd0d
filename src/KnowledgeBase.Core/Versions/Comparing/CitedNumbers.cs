using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Masks the numbers a text cites, so a citation updated only because the cited article was renumbered reads the same.</summary>
/// <remarks>
/// Only numbers in a citing position are masked: after a structure word (<c>Article 79</c>, <c>статьи 25</c>), dotted part
/// numbers (<c>69.2.2</c>), and the Azerbaijani order in which the number comes first (<c>45-ci maddəsi</c>). A quantity such
/// as "within 10 days" keeps its number, so changing a period is still a change.
/// </remarks>
public static partial class CitedNumbers
{
    public const string Mask = "#";

    public static string Masked(string text) => CitingNumber().Replace(text, Mask);

    [GeneratedRegex(
        @"(?<=\b(?:articles?|chapters?|sections?|paragraphs?|parts?|стать\w*|глав\w*|пункт\w*|част\w*|раздел\w*)\s+)\d+(?:[.\-]\d+)*"
        + @"|\b\d+(?:\.\d+)+(?:-\d+)?\b"
        + @"|\b\d+(?:\.\d+)*(?=-\w+\s+(?:maddə|fəs|bölmə|hissə|bənd))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitingNumber();
}
