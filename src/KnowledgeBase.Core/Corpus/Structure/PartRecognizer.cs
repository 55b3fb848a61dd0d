using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Recognises a paragraph or list item that opens a part: it starts with a number that continues its article's (<c>45.1.</c>, <c>3.0.1.</c>).</summary>
internal static partial class PartRecognizer
{
    /// <summary>The part number at <paramref name="start"/> of <paramref name="text"/> in the article numbered <paramref name="articleNum"/>, or null.</summary>
    public static PartNumber? Recognize(string text, int start, string articleNum)
    {
        var rest = text.AsSpan(start);
        if (articleNum.Length == 0 || !rest.StartsWith(articleNum, StringComparison.OrdinalIgnoreCase))
            return null;
        foreach (var match in Continuation().EnumerateMatches(rest[articleNum.Length..]))
        {
            var length = articleNum.Length + match.Length;
            return new PartNumber(
                text.Substring(start, length - 1),
                text.Substring(start + articleNum.Length + 1, match.Length - 2),
                length);
        }
        return null;
    }

    // What follows the article's number: one to sixteen dotted segments (1, 3-1, 2a), then "." or ")" and a space.
    // Sixteen levels are more than any text uses, and the limit bounds how deep hostile input can nest the tree.
    [GeneratedRegex(@"^\.\d+\p{L}{0,3}(?:-\d+\p{L}{0,3})*(?:\.\d+\p{L}{0,3}(?:-\d+\p{L}{0,3})*){0,15}[.)](?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();
}
