using System.Diagnostics;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Whether two chunk sequences can be diffed within a budget: Myers' greedy search for the shortest edit script, stopped as soon as it costs too much.</summary>
/// <remarks>
/// Myers costs about (n + m) × d for d edits, and d is only known at the end: two long texts that share little make it
/// quadratic (seconds for two unrelated acts of 80,000 characters). This pass counts the work (diagonals tried and chunks
/// compared), keeps only the last row of furthest reaches (so memory stays linear), and gives up past the budget or the
/// deadline; a pair that fits is then diffed by DiffPlex, whose work is of the same order.
/// </remarks>
internal static class EditCost
{
    /// <param name="from">The earlier text's chunks, as ids (equal chunks, equal ids).</param>
    /// <param name="to">The later text's chunks, as ids.</param>
    /// <param name="maxWork">Diagonals tried plus chunks compared, at most.</param>
    /// <param name="deadline">A <see cref="Stopwatch.GetTimestamp"/> value past which the search gives up.</param>
    public static bool Fits(ReadOnlySpan<int> from, ReadOnlySpan<int> to, long maxWork, long deadline)
    {
        // Common ends cost one comparison each and no search.
        var prefix = from.CommonPrefixLength(to);
        from = from[prefix..];
        to = to[prefix..];
        var suffix = CommonSuffixLength(from, to);
        from = from[..^suffix];
        to = to[..^suffix];
        long work = prefix + suffix;
        if (from.IsEmpty || to.IsEmpty)
            return work <= maxWork;

        // Each round d tries d + 1 diagonals, so d never passes √(2 × maxWork) within the budget.
        var maxD = (int)Math.Min(from.Length + to.Length, Math.Sqrt(2.0 * maxWork) + 1);
        var offset = maxD + 1;
        var reach = new int[(2 * maxD) + 3];
        for (var d = 0; d <= maxD; d++)
        {
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && reach[offset + k - 1] < reach[offset + k + 1]) ? reach[offset + k + 1] : reach[offset + k - 1] + 1;
                var y = x - k;
                var start = x;
                while (x < from.Length && y < to.Length && from[x] == to[y])
                {
                    x++;
                    y++;
                }
                work += 1 + x - start;
                reach[offset + k] = x;
                if (x >= from.Length && y >= to.Length)
                    return work <= maxWork;
            }
            if (work > maxWork || ((d & 15) == 0 && Stopwatch.GetTimestamp() > deadline))
                return false;
        }
        return false;
    }

    private static int CommonSuffixLength(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[^(length + 1)] == b[^(length + 1)])
            length++;
        return length;
    }
}
