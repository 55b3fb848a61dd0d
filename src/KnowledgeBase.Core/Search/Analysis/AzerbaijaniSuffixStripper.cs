namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>
/// Cuts the common Azerbaijani case, possessive and plural endings off a folded, lower-cased word, so that
/// <c>maddə</c>, <c>maddəsi</c>, <c>maddəsinin</c> and <c>maddələrində</c> meet at one stem.
/// </summary>
/// <remarks>
/// Light on purpose: Lucene's Turkish stemmer cuts Azerbaijani words it does not know (<c>qanun</c> to <c>qan</c>), and a
/// full morphological analyser needs a dictionary. The stem is an index key, never shown, so it only has to be the same
/// for the forms of one word and different from other words; it need not be a word itself (<c>maddə</c> → <c>mad</c>).
/// Works on folded letters (ə ı ö ü → e i o u), where vowel harmony leaves two variants per ending: <c>i/u</c> and <c>a/e</c>.
/// Steps: (0) the infinitive's final q/k (<c>yaşamaq</c> → <c>yaşama</c>); (1) the longest ending of <see cref="Endings"/> whose condition holds; (2) one final vowel, the one a vowel-final
/// word keeps before its endings (<c>madde|si</c>); (3) a doubled final consonant (<c>məcəllə</c>); (4) a final g back to q
/// (<c>vətəndaşlığı</c> is <c>vətəndaşlıq</c> before a vowel).
/// </remarks>
public static class AzerbaijaniSuffixStripper
{
    /// <summary>No stem is cut shorter than this, so short words (<c>iş</c>, <c>ad</c>, <c>su</c>) stay whole.</summary>
    private const int MinStem = 3;

    private enum After
    {
        Anything,

        /// <summary>The ending follows a vowel only (its buffer consonant says so: <c>-si</c>, <c>-nin</c>, <c>-yə</c>).</summary>
        Vowel,

        /// <summary>The ending follows a consonant; the stem must keep 4 letters so <c>qanun</c> is not read as <c>qan</c> + <c>-un</c>.</summary>
        Consonant,

        /// <summary>Locative and ablative follow either; after a consonant the stem must keep 4 letters (<c>qayda</c> is not <c>qay</c> + <c>-da</c>).</summary>
        Either,
    }

    private sealed record Ending(string Text, After After);

    /// <summary>Each ending in both harmony variants, longest first so that <c>-sinin</c> wins over <c>-nin</c>.</summary>
    private static readonly Ending[] Endings =
    [
        .. Spell(After.Anything, "lLrHndLn", "lLrHnHn", "lLrHndL", "lLrHnH", "lLrHnL", "lLrdLn", "lLrHn", "lLrdL", "lLrH", "lLrL", "lLr"),
        .. Spell(After.Vowel, "sHndLn", "sHnHn", "sHndL", "sHnH", "sHnL", "sH", "nHn", "nH", "yL"),
        .. Spell(After.Consonant, "HndLn", "HnHn", "HndL", "HnH", "HnL", "Hn"),
        .. Spell(After.Either, "dLn", "dL"),
    ];

    private static readonly Ending[] LongestFirst = [.. Endings.OrderByDescending(e => e.Text.Length)];

    /// <summary>The stem of <paramref name="word"/>; a word with a digit or a letter outside a–z is returned as it is.</summary>
    public static string Stem(string word)
    {
        if (word.Length == 0 || !word.All(char.IsAsciiLetterLower))
            return word;
        // The infinitive's -maq/-mək is the verbal noun's -ma/-mə with a k: yaşamaq and yaşama (yaşama icazəsi) meet.
        if (word.Length > MinStem + 3 && (word.EndsWith("maq", StringComparison.Ordinal) || word.EndsWith("mek", StringComparison.Ordinal)))
            word = word[..^1];
        var stem = StripEnding(word);
        if (stem.Length > MinStem && IsVowel(stem[^1]))
            stem = stem[..^1];
        if (stem.Length > MinStem && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
            stem = stem[..^1];
        if (stem[^1] == 'g')
            stem = stem[..^1] + "q";
        return stem;
    }

    private static string StripEnding(string word)
    {
        foreach (var ending in LongestFirst)
        {
            if (!word.EndsWith(ending.Text, StringComparison.Ordinal))
                continue;
            var stem = word[..^ending.Text.Length];
            if (Allows(ending, stem))
                return stem;
        }
        return word;
    }

    private static bool Allows(Ending ending, string stem) => stem.Length > 0 && ending.After switch
    {
        After.Vowel => stem.Length >= MinStem && IsVowel(stem[^1]) && !Misreads(ending, stem),
        After.Consonant => stem.Length >= 4 && !IsVowel(stem[^1]),
        After.Either => IsVowel(stem[^1]) ? stem.Length >= MinStem : stem.Length >= 4,
        // The plural's l is no vowel, so işlər keeps a two-letter stem.
        _ => stem.Length >= 2,
    };

    // -yə after -i is the -iya of loanwords (miqrasiya, komissiya), not a dative; -nu after -nu is qanun + -u + -nu
    // (qanununu), or qanun + -u (qanunu), never qanu + -nu: a stem ending in n takes the vowel, not the buffer n.
    private static bool Misreads(Ending ending, string stem) =>
        (ending.Text[0] == 'y' && stem[^1] == 'i')
        || (ending.Text[0] == 'n' && stem.Length >= 2 && stem[^2] == 'n');

    private static bool IsVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Spells out each pattern in every vowel-harmony variant: H is i or u (ı i u ü folded), L is a or e.</summary>
    private static IEnumerable<Ending> Spell(After after, params string[] patterns) =>
        patterns.SelectMany(pattern => Expand(pattern)).Distinct(StringComparer.Ordinal).Select(text => new Ending(text, after));

    private static IEnumerable<string> Expand(string pattern)
    {
        var at = pattern.IndexOfAny(['H', 'L']);
        if (at < 0)
            return [pattern];
        var letters = pattern[at] == 'H' ? "iu" : "ae";
        return letters.SelectMany(letter => Expand(pattern[..at] + letter + pattern[(at + 1)..]));
    }
}
