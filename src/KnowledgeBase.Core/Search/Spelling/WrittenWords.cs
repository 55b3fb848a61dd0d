using System.Globalization;
using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Search.Spelling;

/// <summary>Cuts a text into the words "did you mean" offers, as <see cref="SpellingAnalyzer"/> would, in one pass over its characters.</summary>
/// <remarks>
/// The spelling field was analysed with the standard tokenizer, a second time after the language field: half of what it
/// cost was that analysis. The alphabetic scripts of legislation need only the tokenizer's rules for words (Unicode's
/// word boundaries): letters, digits, marks and <c>_</c> make a word; an apostrophe, <c>.</c> or <c>:</c> between two
/// letters joins them (<c>l'employeur</c>), as does <c>.</c>, <c>,</c>, <c>;</c> or an apostrophe between two digits
/// (<c>45.1</c>); an invisible formatting character (a soft hyphen in <c>para&#173;graphe</c>) stays inside the word; any other
/// character ends it. Each word is lower-cased and folded as the analyzer does (ə→e, ı→i…).
/// Scripts written without spaces (Chinese, Thai) are not cut as the tokenizer would: the corpora have none.
/// </remarks>
internal static class WrittenWords
{
    /// <summary>The longest word the standard tokenizer keeps whole.</summary>
    private const int MaxLength = 255;

    private const char CombiningDotAbove = '\u0307';

    /// <summary>Calls <paramref name="word"/> with each word of <paramref name="text"/>, lower-cased and folded into <paramref name="buffer"/>.</summary>
    /// <param name="buffer">At least <see cref="MaxLength"/> characters; the word is <c>buffer[..length]</c>, valid during the call only.</param>
    public static void Each<TState>(string text, char[] buffer, TState state, Action<TState, char[], int> word)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length && (IsWordChar(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.Format || Joins(text, i)))
                i++;
            Emit(text, start, i, buffer, state, word);
        }
    }

    private static void Emit<TState>(string text, int start, int end, char[] buffer, TState state, Action<TState, char[], int> word)
    {
        // A word longer than the tokenizer's limit is left out, as the tokenizer leaves it out; so is a line of underscores.
        if (end - start > MaxLength || !text.AsSpan(start, end - start).ContainsAnyExcept('_'))
            return;
        var length = 0;
        for (var j = start; j < end; j++)
        {
            var letter = char.ToLowerInvariant(text[j]);
            if (letter == CombiningDotAbove && length > 0 && buffer[length - 1] is 'i' or 'I')
                continue;
            buffer[length++] = AzerbaijaniFoldingFilter.Fold(letter);
        }
        word(state, buffer, length);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // text[i] joins the word when it stands between two letters or two digits that allow it.
    private static bool Joins(string text, int i)
    {
        if (i + 1 >= text.Length || i == 0)
            return false;
        var (before, joiner, after) = (text[i - 1], text[i], text[i + 1]);
        if (char.IsLetter(before) && char.IsLetter(after))
            return joiner is '\'' or '’' or '‘' or '.' or ':' or '·';
        if (char.IsDigit(before) && char.IsDigit(after))
            return joiner is '\'' or '’' or '‘' or '.' or ',' or ';';
        return false;
    }
}
