using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>Reads the numbers of one list back from a match, filling in the numbers that ranges imply (<c>12–14</c> cites 13 too).</summary>
internal static class NumberSequence
{
    /// <summary>A range longer than this is cited by its two ends only: it is more likely a slip than 500 citations.</summary>
    public const int MaxRangeLength = 200;

    /// <param name="numbers">The number captures, in text order.</param>
    /// <param name="rangeMarks">The range separators of the same list (and perhaps of others: only those between two numbers count).</param>
    public static List<WrittenNumber> Read(IReadOnlyList<Capture> numbers, IReadOnlyList<Capture> rangeMarks)
    {
        var result = new List<WrittenNumber>(numbers.Count);
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            if (i > 0 && IsRange(numbers[i - 1], number, rangeMarks))
                result.AddRange(Between(numbers[i - 1].Value, number.Value).Select(WrittenNumber.Implied));
            result.Add(new WrittenNumber(number.Value, number.Index, number.Length));
        }
        return result;
    }

    private static bool IsRange(Capture from, Capture to, IReadOnlyList<Capture> rangeMarks) =>
        rangeMarks.Any(mark => mark.Index >= from.Index + from.Length && mark.Index < to.Index);

    // Only the last segment counts up, and only when everything before it agrees: 12.1–12.3 implies 12.2,
    // while 10-1–10-3 or 12–13.2 imply nothing that could be named with confidence.
    private static IEnumerable<string> Between(string from, string to)
    {
        var prefixLength = from.LastIndexOf('.') + 1;
        if (prefixLength != to.LastIndexOf('.') + 1 || !from.AsSpan(0, prefixLength).SequenceEqual(to.AsSpan(0, prefixLength)))
            return [];
        if (!TryReadCount(from[prefixLength..], out var first) || !TryReadCount(to[prefixLength..], out var last))
            return [];
        if (last <= first || last - first + 1 > MaxRangeLength)
            return [];
        var prefix = from[..prefixLength];
        return Enumerable.Range(first + 1, last - first - 1).Select(n => prefix + n.ToString(CultureInfo.InvariantCulture));
    }

    private static bool TryReadCount(string segment, out int value) =>
        int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
