using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>Reads the numbers of one list back from a match, filling in the numbers that ranges imply (<c>12–14</c> cites 13 too).</summary>
internal static class NumberSequence
{
    /// <summary>A range longer than this is cited by its two ends only: it is more likely a slip than 500 citations.</summary>
    public const int MaxRangeLength = 200;

    /// <param name="numbers">The number captures, in text order.</param>
    /// <param name="rangeMarks">The range separators, in text order (perhaps of other lists too: only those between two numbers count).</param>
    /// <param name="maxImplied">How many implied numbers to add at most: nobody can use more than the targets a citation may have.</param>
    public static List<WrittenNumber> Read(IReadOnlyList<Capture> numbers, IReadOnlyList<Capture> rangeMarks, int maxImplied)
    {
        var result = new List<WrittenNumber>(numbers.Count);
        var implied = 0;
        var mark = 0;
        for (var i = 0; i < numbers.Count; i++)
        {
            var number = numbers[i];
            if (i > 0)
            {
                var before = numbers[i - 1];
                while (mark < rangeMarks.Count && rangeMarks[mark].Index < before.Index + before.Length)
                    mark++;
                if (mark < rangeMarks.Count && rangeMarks[mark].Index < number.Index)
                {
                    var between = Between(before.Value, number.Value).Take(maxImplied - implied).Select(WrittenNumber.Implied).ToList();
                    implied += between.Count;
                    result.AddRange(between);
                }
            }
            result.Add(new WrittenNumber(number.Value, number.Index, number.Length));
        }
        return result;
    }

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
