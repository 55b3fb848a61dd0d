using KnowledgeBase.Core.Model;
using Markdig.Syntax;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Recognises a section or chapter line that a converted text wrote as a plain paragraph: <c>*Section 2.* *Définitions*</c>, <c>CHAPITRE III</c>.</summary>
/// <remarks>
/// Only a one-line paragraph that looks like a heading counts: emphasised, in capitals, the word and number alone, or followed by a
/// separator. "Section 2 est remplacée par …" in an amending article is a sentence, and articles are never read from paragraphs.
/// </remarks>
internal static class StructureLine
{
    /// <summary>The heading level a structure line is given: deeper than any <c>#</c> heading.</summary>
    public const int Level = 7;

    private const int LongestLine = 160;

    public static StructureHeading? Read(HeadingClassifier classifier, ParagraphBlock paragraph)
    {
        if (paragraph.Lines.Count != 1)
            return null;
        var text = paragraph.Lines.Lines[0].Slice.ToString().Trim();
        if (text.Length is 0 or > LongestLine || !LooksLikeHeading(text))
            return null;
        var structure = classifier.Classify(text);
        return structure is { Kind: ProvisionKind.Section or ProvisionKind.Chapter } ? structure : null;
    }

    /// <summary>The structure word a heading or line starts with, without its markup: <c>*Section 2.*</c> → <c>Section</c>.</summary>
    public static string WordOf(string text)
    {
        var plain = HeadingMarkup.Strip(text).AsSpan().TrimStart();
        var end = plain.IndexOfAny(' ', '\u00a0', '\t');
        return (end < 0 ? plain : plain[..end]).ToString();
    }

    private static bool LooksLikeHeading(string text)
    {
        if (text[0] is '*' or '_')
            return true;
        var wordEnd = text.IndexOf(' ', StringComparison.Ordinal);
        if (wordEnd < 0)
            return false;
        if (text.AsSpan(0, wordEnd).ContainsAnyInRange('A', 'Z') && !text.AsSpan(0, wordEnd).ContainsAnyInRange('a', 'z'))
            return true;
        var numberEnd = text.IndexOf(' ', wordEnd + 1);
        return numberEnd < 0 || text[numberEnd - 1] is '.' or ':' || text.AsSpan(numberEnd).TrimStart().StartsWithAny("-–—:");
    }

    private static bool StartsWithAny(this ReadOnlySpan<char> text, string characters) =>
        text.Length > 0 && characters.Contains(text[0], StringComparison.Ordinal);
}
