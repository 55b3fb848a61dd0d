using System.Globalization;
using System.Text;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Regular-expression alternatives that match structure words without regard to case, by the language's own casing rules.</summary>
/// <remarks>
/// RegexOptions.IgnoreCase knows one culture's casing only, and Azerbaijani upper-cases <c>i</c> as <c>İ</c> (<c>FƏSİL</c>);
/// so each letter becomes a class of its case forms in both the language's culture and the invariant one.
/// </remarks>
internal static class StructureWordPattern
{
    private const string Space = @"[\p{Zs}\t]+";

    /// <summary>The words as alternatives, longest first; a pattern that never matches when there are none.</summary>
    public static string Alternatives(IEnumerable<string> words, CultureInfo culture)
    {
        var alternatives = words
            .Select(w => w.Trim())
            .Where(w => w.Length > 0)
            .OrderByDescending(w => w.Length)
            .Select(w => Word(w, culture))
            .ToList();
        return alternatives.Count == 0 ? "(?!)" : string.Join('|', alternatives);
    }

    /// <summary>The culture whose casing rules a language follows; the invariant culture for a code .NET does not know.</summary>
    public static CultureInfo CultureOf(string languageCode)
    {
        try
        {
            return CultureInfo.GetCultureInfo(languageCode);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static string Word(string word, CultureInfo culture)
    {
        var pattern = new StringBuilder();
        var inSpace = false;
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                    pattern.Append(Space);
                inSpace = true;
                continue;
            }
            inSpace = false;
            AppendCaseForms(pattern, c, culture);
        }
        // "Article" must not match the start of "Articles"; a word ending in punctuation (Art., §) needs no such guard.
        if (char.IsLetterOrDigit(word[^1]))
            pattern.Append(@"(?![\p{L}\p{N}])");
        return pattern.ToString();
    }

    private static void AppendCaseForms(StringBuilder pattern, char c, CultureInfo culture)
    {
        var forms = new SortedSet<char>
        {
            c,
            char.ToLower(c, culture), char.ToUpper(c, culture),
            char.ToLowerInvariant(c), char.ToUpperInvariant(c),
        };
        if (forms.Count > 1)
            pattern.Append('[');
        foreach (var form in forms)
            AppendLiteral(pattern, form);
        if (forms.Count > 1)
            pattern.Append(']');
    }

    private static void AppendLiteral(StringBuilder pattern, char c)
    {
        if (char.IsLetterOrDigit(c))
            pattern.Append(c);
        else
            pattern.Append(CultureInfo.InvariantCulture, $@"\u{(int)c:X4}");
    }
}
