using System.Globalization;
using System.Text;

namespace KnowledgeBase.Core.Search.Suggesting;

/// <summary>Folds names and what is typed the same way, so that <c>icaz</c>, <c>İcaz</c> and <c>ICAZ</c> all reach <c>İcazə</c>.</summary>
/// <remarks>
/// Azerbaijani letters fold as the search's analysis folds them (ə ı ş ç ğ ö ü → e i s c g o u), the dotted and dotless
/// capitals both to <c>i</c> (so the fold needs no language), other accents are dropped (<c>é</c> → <c>e</c>, <c>й</c> → <c>и</c>),
/// and runs of spaces and punctuation become one space. A name and a typed prefix fold alike, which is all matching needs.
/// </remarks>
public static class SuggestionFolding
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = true; // drops leading separators
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsLetterOrDigit(character))
            {
                folded.Append(Letter(character));
                space = false;
            }
            else if (!space)
            {
                folded.Append(' ');
                space = true;
            }
        }
        if (folded.Length > 0 && folded[^1] == ' ')
            folded.Length--;
        return folded.ToString();
    }

    private static char Letter(char character) => character switch
    {
        'ə' or 'Ə' => 'e',
        'ı' or 'I' => 'i',
        _ => char.ToLowerInvariant(character),
    };
}
