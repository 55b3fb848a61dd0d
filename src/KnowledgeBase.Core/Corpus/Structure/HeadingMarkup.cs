using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Takes the markup that real texts wrap structure words and numbers in off a heading, so the classifier sees the words.</summary>
/// <remarks>
/// Emphasis (<c>**Chapitre 2**</c>, <c>*Section 1.*</c>) is decoration, not structure. A superscript belongs to the number it
/// follows: <c>1&lt;sup&gt;er&lt;/sup&gt;</c> is <c>1er</c>, and <c>298&lt;sup&gt;4&lt;/sup&gt;</c> is written <c>298⁴</c> so that it
/// stays apart from article 2984.
/// </remarks>
internal static partial class HeadingMarkup
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string Strip(string heading)
    {
        if (heading.Contains('<', StringComparison.Ordinal))
            heading = Superscript().Replace(heading, m => Raise(m.Groups["text"].Value.Trim()));
        if (heading.Contains('*', StringComparison.Ordinal) || heading.Contains("__", StringComparison.Ordinal))
            heading = Emphasis().Replace(heading, "").Trim();
        return heading;
    }

    /// <summary>True for a superscript digit, which continues a number (<c>298⁴</c>).</summary>
    public static bool IsSuperscriptDigit(char c) => SuperscriptDigits.Contains(c, StringComparison.Ordinal);

    /// <summary>The ordinary digit a superscript digit stands for.</summary>
    public static char Lower(char c) => (char)('0' + SuperscriptDigits.IndexOf(c, StringComparison.Ordinal));

    private static string Raise(string text)
    {
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
            return text;
        var raised = new StringBuilder(text.Length);
        foreach (var c in text)
            raised.Append(SuperscriptDigits[c - '0']);
        return raised.ToString();
    }

    [GeneratedRegex(@"<sup>(?<text>[^<]{0,20})</sup>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Superscript();

    [GeneratedRegex(@"\*+|(?<![\p{L}\p{N}])__+|__+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
