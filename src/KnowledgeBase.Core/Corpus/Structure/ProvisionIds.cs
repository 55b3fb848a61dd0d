using System.Text;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>How provision ids are written (Akoma Ntoso style): <c>sec_2</c>, <c>chp_3</c>, <c>sec_2__chp_1</c>, <c>art_45</c>, <c>art_45__para_1.3-1</c>.</summary>
/// <remarks>Citations build the ids of the provisions they cite with the same methods, so both sides always agree.</remarks>
public static class ProvisionIds
{
    public const string Preamble = "preamble";

    public static string Section(string num) => "sec_" + IdNumber(num);

    public static string Chapter(string num) => "chp_" + IdNumber(num);

    /// <summary>The id of a chapter whose number restarts in each section: <c>sec_2__chp_1</c>.</summary>
    public static string Chapter(string parentId, string num) => parentId + "__chp_" + IdNumber(num);

    public static string Article(string num) => "art_" + IdNumber(num);

    /// <param name="rest">The part's number after the article's: <c>1.3-1</c> for part <c>45.1.3-1</c>.</param>
    public static string Part(string articleId, string rest) => articleId + "__para_" + IdNumber(rest);

    /// <summary>A number as ids write it: roman numerals in arabic, letters in lower case (<c>II</c> → <c>2</c>, <c>18B</c> → <c>18b</c>).</summary>
    public static string IdNumber(string num)
    {
        var id = new StringBuilder(num.Length + 2);
        var segmentStart = 0;
        for (var i = 0; i <= num.Length; i++)
        {
            if (i < num.Length && num[i] is not ('.' or '-'))
                continue;
            var segment = num.AsSpan(segmentStart, i - segmentStart);
            if (RomanNumeral.TryParse(segment, out var value))
                id.Append(value);
            else
                foreach (var c in segment)
                    id.Append(char.ToLowerInvariant(c));
            if (i < num.Length)
                id.Append(num[i]);
            segmentStart = i + 1;
        }
        return id.ToString();
    }
}
