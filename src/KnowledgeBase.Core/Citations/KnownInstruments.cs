using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Citations;

/// <summary>The instruments of the corpus by the names citations use, looked for where a citation can name one:
/// right after its provisions (<c>Article 5 of the Migration Code</c>), or right before them where the language puts
/// the instrument first (<c>Miqrasiya Məcəlləsinin 45-ci maddəsi</c>).</summary>
internal sealed class KnownInstruments
{
    private const string NameGroup = "name";

    private readonly Regex? _names;
    private readonly List<(int Group, string Slug)> _groups = [];
    private readonly bool _namesComeFirst;
    private readonly int _longestName;

    public KnownInstruments(CitationPatterns patterns, IReadOnlyList<InstrumentName> instruments)
    {
        var names = LongestFirst(instruments);
        if (names.Count == 0)
            return;
        var alternatives = string.Join("|", names.Select((n, i) => $"(?<{NameGroup}{i}>{InstrumentNamePattern.For(n.Name, patterns.Inflected)})"));
        var connector = patterns.Of is null ? "" : $@"{CitationGrammar.Word(patterns.Of)}\s+";
        _namesComeFirst = patterns.InstrumentFirst;
        // Anchored at the one place a name may stand, so hundreds of names cost a few tries per citation, not per character.
        var pattern = _namesComeFirst ? $@"\G(?:{alternatives})\s+\z" : $@"\G\s+{connector}(?:{alternatives})";
        _names = new Regex(pattern, CitationGrammar.Options, CitationGrammar.MatchTimeout);
        _groups = [.. names.Select((n, i) => (_names.GroupNumberFromName(NameGroup + i), n.Slug))];
        _longestName = names.Max(n => Words(n.Name).Length);
    }

    /// <summary>The known instrument named next to the provisions, and where its name stands.</summary>
    /// <param name="floor">Where the text may start to belong to this citation (the end of the one before).</param>
    public bool TryFind(string text, int floor, Capture provisions, out (string Slug, int Start, int End) name)
    {
        name = default;
        if (_names is null)
            return false;
        if (!_namesComeFirst)
            return TryRead(_names.Match(text, provisions.Index + provisions.Length), out name);
        // Longest first: try the word furthest back, then nearer ones, so a name is never cut to its tail.
        foreach (var start in StartsBefore(text, floor, provisions.Index))
            if (TryRead(_names.Match(text, start, provisions.Index - start), out name))
                return true;
        return false;
    }

    private bool TryRead(Match match, out (string Slug, int Start, int End) name)
    {
        name = default;
        if (!match.Success)
            return false;
        var (group, slug) = _groups.First(g => match.Groups[g.Group].Success);
        var written = match.Groups[group];
        name = (slug, written.Index, written.Index + written.Length);
        return true;
    }

    // Where a name could begin right before the provisions, furthest first: after a space, or where letters start after
    // punctuation ("(Miqrasiya", "“Qaçqınlar"). No further back than the longest name has words, and some slack for punctuation.
    private List<int> StartsBefore(string text, int floor, int end)
    {
        var starts = new List<int>();
        for (var i = end - 1; i >= floor && starts.Count <= 2 * _longestName; i--)
        {
            var begins = i == floor
                || char.IsWhiteSpace(text[i - 1])
                || (char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1]));
            if (begins && !char.IsWhiteSpace(text[i]))
                starts.Add(i);
        }
        starts.Reverse();
        return starts;
    }

    private static List<(string Slug, string Name)> LongestFirst(IReadOnlyList<InstrumentName> instruments) =>
    [
        .. instruments
            .SelectMany(i => i.Names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (i.Slug, Name: n.Trim())))
            .DistinctBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => Words(n.Name).Length)
            .ThenByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal),
    ];

    private static string[] Words(string name) => name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
