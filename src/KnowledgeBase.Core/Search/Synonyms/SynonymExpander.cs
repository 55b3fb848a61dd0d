using System.Text;
using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Search.Synonyms;

/// <summary>Rewrites a plain query so that a phrase of a synonym group also finds the group's other phrases:
/// <c>residence permit</c> becomes <c>((residence permit) OR "residence card"~2 OR "temporary residence permit"~2)</c>.</summary>
/// <remarks>
/// Words are compared in their language's analysed form, so <c>residence permits</c> and <c>icaze vesiqesi</c> match the
/// group's <c>residence permit</c> and <c>icazə vəsiqəsi</c>. The typed words keep their meaning (every word, anywhere);
/// the other phrases are searched as phrases, their words close together (at most two others between them). Only plain queries are expanded: a query with syntax says
/// exactly what it wants. The longest phrase wins, and at most <see cref="MaxExpansions"/> phrases are expanded.
/// </remarks>
internal sealed class SynonymExpander
{
    private const int MaxExpansions = 5;

    /// <summary>A synonym phrase may have two other words inside it: <c>разрешение на проживание</c> finds <c>разрешение на временное проживание</c>.</summary>
    private const string PhraseSlop = "~2";

    private readonly LanguageFieldAnalyzer _analyzer;
    private readonly List<(string Language, string[] Keys, SynonymGroup Group, string Phrase)> _phrases = [];

    public SynonymExpander(IReadOnlyList<SynonymGroup> groups, LanguageFieldAnalyzer analyzer)
    {
        _analyzer = analyzer;
        foreach (var group in groups)
            foreach (var phrase in group.Phrases)
                _phrases.Add((group.Language, [.. PlainWords.Split(phrase).Select(w => KeyOf(w, group.Language))], group, phrase));
        // Longest first, so that "temporary residence permit" wins over "residence permit".
        _phrases.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
    }

    public bool IsEmpty => _phrases.Count == 0;

    /// <summary>The query with its synonym phrases widened, or the query itself when it has none or is not plain words.</summary>
    public string Expand(string query)
    {
        if (IsEmpty || !PlainWords.IsPlain(query))
            return query;
        var words = PlainWords.Split(query);
        var keys = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] KeysIn(string language) => keys.TryGetValue(language, out var known) ? known : keys[language] = [.. words.Select(w => KeyOf(w, language))];

        var expanded = new StringBuilder();
        var expansions = 0;
        for (var i = 0; i < words.Length;)
        {
            var match = expansions < MaxExpansions
                ? _phrases.FirstOrDefault(p => Matches(KeysIn(p.Language), i, p.Keys))
                : default;
            if (expanded.Length > 0)
                expanded.Append(' ');
            if (match.Group is null)
            {
                expanded.Append(words[i++]);
                continue;
            }
            var typed = string.Join(' ', words, i, match.Keys.Length);
            expanded.Append("((").Append(typed).Append(')');
            foreach (var other in match.Group.Phrases.Where(p => p != match.Phrase))
                expanded.Append(" OR \"").Append(other).Append('"').Append(other.Contains(' ', StringComparison.Ordinal) ? PhraseSlop : "");
            expanded.Append(')');
            i += match.Keys.Length;
            expansions++;
        }
        return expanded.ToString();
    }

    private static bool Matches(string[] keys, int start, string[] phrase)
    {
        if (phrase.Length == 0 || start + phrase.Length > keys.Length || phrase.All(k => k.Length == 0))
            return false;
        for (var k = 0; k < phrase.Length; k++)
            if (keys[start + k] != phrase[k])
                return false;
        return true;
    }

    /// <summary>The word as its language indexes it: its last term (the stem, after a folded copy), or empty for a stop word.</summary>
    private string KeyOf(string word, string language)
    {
        using var stream = _analyzer.GetTokenStream(IndexSchema.TextOf(language), word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var key = "";
        stream.Reset();
        while (stream.IncrementToken())
            key = term.ToString();
        stream.End();
        return key;
    }
}
