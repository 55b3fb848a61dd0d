namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Upper-case roman numerals as sections and chapters are numbered (<c>II</c>, <c>XIV</c>).</summary>
internal static class RomanNumeral
{
    private static readonly (int Value, string Digits)[] Steps =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>Reads a numeral written in the usual form only, so that a word like <c>DIM</c> or <c>IIII</c> is not taken for a number.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var rest = text;
        foreach (var (stepValue, digits) in Steps)
        {
            // M may repeat up to four times, C, X and I up to three; the other steps at most once.
            var repeats = digits is "M" ? 4 : digits is "C" or "X" or "I" ? 3 : 1;
            for (var i = 0; i < repeats && rest.StartsWith(digits, StringComparison.Ordinal); i++)
            {
                value += stepValue;
                rest = rest[digits.Length..];
            }
        }
        return value > 0 && rest.IsEmpty && IsCanonical(text, value);
    }

    // The greedy read accepts some non-numerals such as "IXI" or "VIV"; writing the value back rejects them.
    private static bool IsCanonical(ReadOnlySpan<char> text, int value)
    {
        Span<char> written = stackalloc char[32];
        var length = 0;
        foreach (var (stepValue, digits) in Steps)
        {
            while (value >= stepValue)
            {
                digits.CopyTo(written[length..]);
                length += digits.Length;
                value -= stepValue;
            }
        }
        return text.SequenceEqual(written[..length]);
    }
}
