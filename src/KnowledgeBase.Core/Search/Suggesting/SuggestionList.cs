namespace KnowledgeBase.Core.Search.Suggesting;

/// <summary>Every name a search may suggest, with a sorted list of where each word of each name starts, for prefix look-ups.</summary>
/// <remarks>
/// A key is a position in a folded name at the start of a word, so typing the beginning of any word of a name finds it
/// (<c>icaz</c> finds <c>İş icazəsi</c>), and typing several words finds the names with those words in that order.
/// Keys are sorted once when the build is written; a look-up is a binary search and a scan of the matching range, which is
/// cut after <see cref="MaxScanned"/> keys so that a one-letter prefix over a national corpus stays as fast as any other.
/// Immutable once made: safe to share between requests.
/// </remarks>
public sealed class SuggestionList
{
    /// <summary>What is typed is cut to this many characters: no name needs a longer prefix.</summary>
    public const int MaxTypedLength = 100;

    /// <summary>The most suggestions one look-up returns.</summary>
    public const int MaxResults = 20;

    /// <summary>The most matching keys one look-up reads before ranking what it found.</summary>
    public const int MaxScanned = 4000;

    private readonly Suggestion[] _suggestions;
    private readonly string[] _folded;
    private readonly (int Suggestion, int Offset)[] _keys;

    internal SuggestionList(Suggestion[] suggestions, string[] folded, (int, int)[] keys)
    {
        _suggestions = suggestions;
        _folded = folded;
        _keys = keys;
    }

    public static SuggestionList Empty { get; } = new([], [], []);

    public int Count => _suggestions.Length;

    internal IReadOnlyList<Suggestion> Suggestions => _suggestions;

    internal IReadOnlyList<string> Folded => _folded;

    internal IReadOnlyList<(int Suggestion, int Offset)> Keys => _keys;

    /// <summary>Makes the list from names in any order; a name repeated in the same language is kept once, its first occurrence.</summary>
    public static SuggestionList Of(IEnumerable<Suggestion> names)
    {
        var seen = new HashSet<(string, string)>();
        var suggestions = new List<Suggestion>();
        var folded = new List<string>();
        foreach (var name in names)
        {
            var fold = SuggestionFolding.Fold(name.Text);
            if (fold.Length == 0 || !seen.Add((fold, name.Language)))
                continue;
            suggestions.Add(name);
            folded.Add(fold);
        }
        var keys = new List<(int, int)>();
        for (var i = 0; i < folded.Count; i++)
            for (var offset = 0; offset < folded[i].Length; offset++)
                if (offset == 0 || folded[i][offset - 1] == ' ')
                    keys.Add((i, offset));
        var foldedArray = folded.ToArray();
        var keyArray = keys.ToArray();
        Array.Sort(keyArray, (a, b) => foldedArray[a.Item1].AsSpan(a.Item2).SequenceCompareTo(foldedArray[b.Item1].AsSpan(b.Item2)));
        return new SuggestionList([.. suggestions], foldedArray, keyArray);
    }

    /// <summary>The names a word or words being typed may continue, best first: names that begin with what is typed, then
    /// procedures, instruments and provisions in that order, shorter names first.</summary>
    /// <param name="language">Only names in this language; null for every language.</param>
    public IReadOnlyList<Suggestion> Suggest(string typed, string? language = null, int max = 10)
    {
        max = Math.Clamp(max, 1, MaxResults);
        var prefix = SuggestionFolding.Fold(typed.Length > MaxTypedLength ? typed[..MaxTypedLength] : typed);
        if (prefix.Length == 0)
            return [];
        var found = new Dictionary<int, bool>();
        var scanned = 0;
        for (var k = LowerBound(prefix); k < _keys.Length && scanned < MaxScanned; k++, scanned++)
        {
            var (suggestion, offset) = _keys[k];
            if (!_folded[suggestion].AsSpan(offset).StartsWith(prefix, StringComparison.Ordinal))
                break;
            if (language is not null && _suggestions[suggestion].Language != language)
                continue;
            found[suggestion] = found.GetValueOrDefault(suggestion) || offset == 0;
        }
        return [.. found
            .OrderByDescending(f => f.Value)
            .ThenBy(f => _suggestions[f.Key].Kind)
            .ThenBy(f => _folded[f.Key].Length)
            .ThenBy(f => _folded[f.Key], StringComparer.Ordinal)
            .Take(max)
            .Select(f => _suggestions[f.Key])];
    }

    private int LowerBound(string prefix)
    {
        var (low, high) = (0, _keys.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var (suggestion, offset) = _keys[middle];
            if (_folded[suggestion].AsSpan(offset).SequenceCompareTo(prefix) < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }
}
