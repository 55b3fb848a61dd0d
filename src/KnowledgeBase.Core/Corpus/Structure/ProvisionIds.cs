using System.Text;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>How provision ids are written (Akoma Ntoso style): <c>sec_2</c>, <c>chp_3</c>, <c>sec_2__chp_1</c>, <c>art_45</c>, <c>art_45__para_1.3-1</c>.</summary>
/// <remarks>Citations build the ids of the provisions they cite with the same methods, so both sides always agree.</remarks>
public static class ProvisionIds
{
    public const string Preamble = "preamble";

    public static string Section(string num) => "sec_" + IdNumber(num);

    /// <summary>The id of a section whose number restarts inside another section (Titre 1 of each Livre): <c>sec_2__sec_1</c>.</summary>
    public static string Section(string parentId, string num) => parentId + "__sec_" + IdNumber(num);

    public static string Chapter(string num) => "chp_" + IdNumber(num);

    /// <summary>The id of a chapter whose number restarts in each section: <c>sec_2__chp_1</c>.</summary>
    public static string Chapter(string parentId, string num) => parentId + "__chp_" + IdNumber(num);

    public static string Article(string num) => "art_" + IdNumber(num);

    /// <param name="rest">The part's number after the article's: <c>1.3-1</c> for part <c>45.1.3-1</c>.</param>
    public static string Part(string articleId, string rest) => articleId + "__para_" + IdNumber(rest);

    /// <summary>A number as ids write it: roman numerals in arabic, letters in lower case (<c>II</c> → <c>2</c>, <c>18B</c> → <c>18b</c>).</summary>
    /// <remarks>
    /// A code's letter prefix is glued to the number (<c>L. 121-1</c> → <c>l121-1</c>), superscript digits follow an underscore
    /// (<c>298⁴</c> → <c>298_4</c>), and a single letter is roman only when it is I, V or X (<c>C</c> is lettered article C).
    /// </remarks>
    public static string IdNumber(string num)
    {
        num = num.Trim();
        var id = new StringBuilder(num.Length + 2);
        if (num.Length > 1 && char.IsAsciiLetterUpper(num[0]) && HasCodePrefix(num))
        {
            id.Append(char.ToLowerInvariant(num[0]));
            num = num[1..].TrimStart('.', ' ', '\u00a0');
        }
        var segmentStart = 0;
        for (var i = 0; i <= num.Length; i++)
        {
            if (i < num.Length && num[i] is not ('.' or '-'))
                continue;
            var segment = num.AsSpan(segmentStart, i - segmentStart);
            if ((segment.Length > 1 || segment is "I" or "V" or "X") && RomanNumeral.TryParse(segment, out var value))
                id.Append(value);
            else
                AppendLowered(id, segment);
            if (i < num.Length)
                id.Append(num[i]);
            segmentStart = i + 1;
        }
        return id.ToString();
    }

    // The classifier's CodePrefix: a capital other than I, V or X, an optional dot and space, then a digit.
    private static bool HasCodePrefix(string num)
    {
        if (num[0] is 'I' or 'V' or 'X')
            return false;
        var rest = num.AsSpan(1);
        if (rest.StartsWith('.'))
            rest = rest[1..];
        rest = rest.TrimStart(" \u00a0");
        return rest.Length > 0 && char.IsAsciiDigit(rest[0]);
    }

    private static void AppendLowered(StringBuilder id, ReadOnlySpan<char> segment)
    {
        var raised = false;
        foreach (var c in segment)
        {
            if (HeadingMarkup.IsSuperscriptDigit(c))
            {
                if (!raised)
                    id.Append('_');
                raised = true;
                id.Append(HeadingMarkup.Lower(c));
                continue;
            }
            raised = false;
            id.Append(char.ToLowerInvariant(c));
        }
    }
}
