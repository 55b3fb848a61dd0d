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
        // Lower-cased once for the whole text, not word by word: each call crosses into ICU, and a version of a national
        // code has half a million words. Invariant lower-casing maps each UTF-16 unit to one, so the offsets still hold.
        var lower = text.ToLowerInvariant();
        foreach (var (start, length) in Spans(text, IsWordCharacter))
            yield return lower.Substring(start, length);
    }

    /// <summary>The words of <paramref name="text"/>, lower-cased, joined by single spaces: <c>string.Join(' ', Of(text))</c> without a string per word.</summary>
    public static string Joined(string text)
    {
        var lower = text.ToLowerInvariant();
        var joined = new System.Text.StringBuilder(text.Length);
        foreach (var (start, length) in Spans(text, IsWordCharacter))
        {
            if (joined.Length > 0)
                joined.Append(' ');
            joined.Append(lower, start, length);
        }
        return joined.ToString();
    }

    /// <summary>How many words <paramref name="text"/> has, as <see cref="Spans"/> would cut them.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var (count, inWord) = (0, false);
        foreach (var c in text)
        {
            var within = IsWordCharacter(c);
            count += within && !inWord ? 1 : 0;
            inWord = within;
        }
        return count;
    }

    /// <summary>Whether a text may be cut before <paramref name="index"/> without cutting a word, whatever the rest of the text
    /// is: next to an ASCII space or punctuation mark, which lower-casing leaves as it is (or at either end).</summary>
    public static bool MayCut(string text, int index) =>
        index == 0 || index == text.Length || IsAsciiSeparator(text[index - 1]) || IsAsciiSeparator(text[index]);

    private static bool IsAsciiSeparator(char c) => char.IsAscii(c) && !char.IsAsciiLetterOrDigit(c);

    /// <summary>Where each run of characters for which <paramref name="inWord"/> holds stands in <paramref name="text"/>, in
    /// order: the one scan behind every way the comparison reads words, so they can never cut a text differently.</summary>
    public static IEnumerable<(int Start, int Length)> Spans(string text, Func<char, bool> inWord)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var within = i < text.Length && inWord(text[i]);
            if (within && start < 0)
                start = i;
            else if (!within && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}
