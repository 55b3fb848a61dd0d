namespace KnowledgeBase.Core.Search.Snippets;

/// <summary>Where a phrase stands in a text's words: the first and last position of each stretch that holds it.</summary>
/// <remarks>
/// An exact phrase is its words at consecutive positions. A phrase with slop (typed, or the gap a removed stop word left)
/// is a stretch that holds each of its places, at most slop positions longer than the phrase, in order if it must be.
/// </remarks>
internal static class PhraseSpans
{
    /// <summary>Adds to <paramref name="spans"/> each stretch of the first <paramref name="count"/> words that holds the phrase.</summary>
    public static void Find(TokenRun run, int count, PhraseMatch phrase, List<(int Start, int End)> spans)
    {
        var positions = run.Positions[..count];
        var numbers = run.Numbers[..count];
        var places = phrase.Slots.Length;
        for (var i = 0; i < count; i++)
        {
            var first = SlotOf(phrase, numbers[i]);
            if (first < 0 || (phrase.InOrder && first != 0))
                continue;
            var start = positions[i];
            var end = phrase.InOrder ? EndInOrder(positions, numbers, i, phrase) : EndAnyOrder(positions, numbers, i, phrase);
            if (end >= 0 && end - start + 1 - places <= phrase.Slop)
                spans.Add((start, end));
        }
    }

    // The last position of the phrase's places taken in order from word i, each the first that follows the one before.
    private static int EndInOrder(ReadOnlySpan<int> positions, ReadOnlySpan<int> numbers, int i, PhraseMatch phrase)
    {
        var last = positions[i];
        var limit = positions[i] + phrase.Slots.Length + phrase.Slop;
        var next = i;
        for (var slot = 1; slot < phrase.Slots.Length; slot++)
        {
            var at = -1;
            for (var j = next + 1; j < positions.Length && positions[j] < limit; j++)
            {
                if (positions[j] > last && phrase.Slots[slot].Contains(numbers[j]))
                {
                    at = j;
                    break;
                }
            }
            if (at < 0)
                return -1;
            last = positions[at];
            next = at;
        }
        return last;
    }

    // The last position of the nearest occurrence of each place from word i on, in whatever order.
    private static int EndAnyOrder(ReadOnlySpan<int> positions, ReadOnlySpan<int> numbers, int i, PhraseMatch phrase)
    {
        var last = positions[i];
        var limit = positions[i] + phrase.Slots.Length + phrase.Slop;
        for (var slot = 0; slot < phrase.Slots.Length; slot++)
        {
            var found = false;
            for (var j = i; j < positions.Length && positions[j] < limit; j++)
            {
                if (phrase.Slots[slot].Contains(numbers[j]))
                {
                    last = Math.Max(last, positions[j]);
                    found = true;
                    break;
                }
            }
            if (!found)
                return -1;
        }
        return last;
    }

    private static int SlotOf(PhraseMatch phrase, int number)
    {
        if (number < 0)
            return -1;
        for (var slot = 0; slot < phrase.Slots.Length; slot++)
        {
            if (phrase.Slots[slot].Contains(number))
                return slot;
        }
        return -1;
    }
}
