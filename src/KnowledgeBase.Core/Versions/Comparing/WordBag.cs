namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>The words of a text with how often each occurs, for measuring how alike two texts read regardless of word order.</summary>
internal sealed class WordBag
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public WordBag(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
            Total++;
        }
    }

    private WordBag()
    {
    }

    public int Total { get; private set; }

    /// <summary>The words of a text as <see cref="Words.Of"/> cuts and lower-cases them, counted without a string per word.</summary>
    /// <remarks>
    /// Comparing a national code's versions weighs hundreds of changed articles of thousands of words each: looking each word
    /// up as a span of the lower-cased text, and copying it only the first time it is met, keeps that from being mostly
    /// allocation and garbage collection.
    /// </remarks>
    public static WordBag OfText(string text) => Counted(text.ToLowerInvariant(), Words.IsWordCharacter);

    /// <summary>The words of a text already lower-cased and joined by single spaces (<see cref="ComparedProvision.MatchingText"/>).</summary>
    public static WordBag OfJoined(string joined) => Counted(joined, c => c != ' ');

    private static WordBag Counted(string text, Func<char, bool> inWord)
    {
        var bag = new WordBag();
        var lookup = bag._counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, length) in Words.Spans(text, inWord))
        {
            var word = text.AsSpan(start, length);
            lookup[word] = lookup.TryGetValue(word, out var count) ? count + 1 : 1;
            bag.Total++;
        }
        return bag;
    }

    /// <summary>Dice's coefficient over the two bags: 1 for the same words, 0 for none in common.</summary>
    public double Similarity(WordBag other)
    {
        if (Total == 0 && other.Total == 0)
            return 1;
        return 2.0 * Shared(other) / (Total + other.Total);
    }

    /// <summary>The <see cref="Similarity"/> of the words of two texts, as <c>OfText(a).Similarity(OfText(b))</c> gives it, counting
    /// word by word only what lies between the two texts' common ends.</summary>
    /// <remarks>
    /// An amended article of a national code keeps most of its text: the words before and after the change are in both bags
    /// as often, so they add to both totals and to the shared count alike (min(x + c, y + c) = min(x, y) + c), and are only
    /// counted, never looked up. Comparing two versions classifies hundreds of such pairs; this is what keeps that cheap.
    /// </remarks>
    public static double SimilarityOf(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return 1;
        var (prefix, suffix) = CommonEnds.Of(a, b, Words.MayCut);
        var common = Words.Count(a.AsSpan(0, prefix)) + Words.Count(a.AsSpan(a.Length - suffix));
        var (middleA, middleB) = (OfText(a[prefix..^suffix]), OfText(b[prefix..^suffix]));
        var total = (2 * common) + middleA.Total + middleB.Total;
        return total == 0 ? 1 : 2.0 * (common + middleA.Shared(middleB)) / total;
    }

    /// <summary>The highest <see cref="Similarity"/> two bags of these sizes can have, whatever their words: a bound that costs nothing.</summary>
    public double MostSimilarity(WordBag other) => MostSimilarity(Total, other.Total);

    /// <summary>The highest <see cref="Similarity"/> two bags of <paramref name="total"/> and <paramref name="otherTotal"/> words can have.</summary>
    public static double MostSimilarity(int total, int otherTotal) =>
        total == 0 && otherTotal == 0 ? 1 : 2.0 * Math.Min(total, otherTotal) / (total + otherTotal);

    /// <summary>The share of this bag's words found in <paramref name="other"/>: how much of a split-off text came from there.</summary>
    public double ContainedIn(WordBag other) => Total == 0 ? 0 : (double)Shared(other) / Total;

    /// <summary>The words of this bag that <paramref name="other"/> lacks: what a text lost on the way to its successor.</summary>
    public WordBag Without(WordBag other) =>
        new(_counts.SelectMany(c => Enumerable.Repeat(c.Key, Math.Max(0, c.Value - other._counts.GetValueOrDefault(c.Key)))));

    private int Shared(WordBag other)
    {
        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        var shared = 0;
        foreach (var (word, count) in small._counts)
            shared += Math.Min(count, large._counts.GetValueOrDefault(word));
        return shared;
    }
}
