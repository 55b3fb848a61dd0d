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

    public int Total { get; }

    /// <summary>Dice's coefficient over the two bags: 1 for the same words, 0 for none in common.</summary>
    public double Similarity(WordBag other)
    {
        if (Total == 0 && other.Total == 0)
            return 1;
        return 2.0 * Shared(other) / (Total + other.Total);
    }

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
