using System.Globalization;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>Rewrites a plain query so that each word also finds the words within one or two edits of it: the retry of a query that found little.</summary>
/// <remarks>
/// Short words are left exact: within one edit of a three-letter word lies half the vocabulary. Words of six letters or more
/// may have two edits, the rest one, which is how far typing slips usually go. Each fuzzy word expands to at most
/// Lucene's default of 50 index words, and at most <see cref="QueryLimits.MaxExpandedWords"/> words are made fuzzy.
/// </remarks>
internal static class FuzzyWords
{
    private const int MinLength = 4;

    public static string Of(string plainText)
    {
        var made = 0;
        return string.Join(' ', PlainWords.Split(plainText).Select(word =>
        {
            if (word.Length < MinLength || word.Any(char.IsDigit) || made >= QueryLimits.MaxExpandedWords)
                return word;
            made++;
            return word + "~" + (word.Length >= 6 ? 2 : 1).ToString(CultureInfo.InvariantCulture);
        }));
    }
}
