using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>Builds the regular-expression fragment that matches one short name of an instrument as running text writes it.</summary>
internal static class InstrumentNamePattern
{
    // Case endings replace at most the last two letters of a word and add a few:
    // Məcəlləsi → Məcəlləsinin, Миграционный → Миграционного, кодекс → кодексами.
    private const int ReplacedLetters = 2;
    private const string Ending = @"\p{L}{0,7}";

    // Abbreviations (МК) and short function words do not decline.
    private const int ShortestDeclinedWord = 4;

    public static string For(string name, bool inflected)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var body = string.Join(@"\s+", words.Select(word => inflected ? Declined(word) : Regex.Escape(word)));
        return $@"(?<![\p{{L}}\p{{N}}]){body}(?![\p{{L}}\p{{N}}])";
    }

    private static string Declined(string word)
    {
        if (word.Length < ShortestDeclinedWord || !char.IsLetter(word[^1]) || !char.IsLetter(word[^2]))
            return Regex.Escape(word);
        var replaced = word.Length > ShortestDeclinedWord ? ReplacedLetters : 1;
        return Regex.Escape(word[..^replaced]) + Ending;
    }
}
