using System.Buffers;
using System.Text;

namespace KnowledgeBase.Core.Search.Querying;

/// <summary>A query's words without its syntax: what a malformed query is searched as, and the words typo tolerance works on.</summary>
internal static class PlainWords
{
    private const string SyntaxCharacters = "+-!(){}[]^\"~*?\\:/&|";
    private static readonly SearchValues<char> Syntax = SearchValues.Create(SyntaxCharacters);
    private static readonly string[] Operators = ["AND", "OR", "NOT"];

    /// <summary>The text with every syntax character turned into a space and the operators into ordinary words.</summary>
    public static string Of(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var character in text)
            plain.Append(Syntax.Contains(character) ? ' ' : character);
        return string.Join(' ', Split(plain.ToString()).Select(w => Operators.Contains(w, StringComparer.Ordinal) ? w.ToLowerInvariant() : w));
    }

    /// <summary>Whether the text is words alone, with no syntax a rewrite could disturb.</summary>
    public static bool IsPlain(string text) =>
        text.AsSpan().IndexOfAny(Syntax) < 0 && !Split(text).Any(w => Operators.Contains(w, StringComparer.Ordinal));

    public static string[] Split(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
