using System.Globalization;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Splits a text into words the way every comparison step counts them.</summary>
/// <remarks>
/// A word is a run of letters, digits and combining marks, so ə, ı, ş and й (even written as и with a combining breve) stay
/// inside their word; everything else separates words.
/// </remarks>
public static class Words
{
    public static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The words of <paramref name="text"/>, lower-cased, in order.</summary>
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordCharacter(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
