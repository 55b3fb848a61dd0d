using CsCheck;

namespace KnowledgeBase.Core.Tests.Properties;

/// <summary>Random version bodies built from our own syntax (structure headings, numbered parts, citations, three scripts), then mutated.</summary>
internal static class GeneratedMarkdown
{
    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[1, 60].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int[1, 60].Select(Gen.Int[1, 9]).Select(p => $"{p.Item1}-{p.Item2}"),
        Gen.OneOf("I", "II", "IV", "IX", "XL", "10bis", "0", "007", "99999999999999999999"));

    private static readonly Gen<string> Word = Gen.OneOf(
        "residence", "permit", "the", "of", "shall", "icazə", "əcnəbi", "şəxs", "İqamət", "ığ", "вид", "жительство", "щ", "Ё",
        "*emphasis*", "**strong**", "`code`", "[link](https://example.org)", "[kb](kb:law/art_1)", "<sup>er</sup>", "<virgule>", "&amp;", "\\*");

    private static readonly Gen<string> Words = Word.Array[1, 12].Select(w => string.Join(' ', w));

    private static readonly Gen<string> Key = Gen.OneOf("", " {#residence}", " {#permit-1}", " {#Bad Key}", " {#}");

    private static readonly Gen<string> Heading = Gen.Select(
        Gen.OneOf("#", "##", "###", "####"),
        Gen.OneOf(
            Number.Select(n => $"Article {n}"), Number.Select(n => $"Art. {n}"), Number.Select(n => $"Section {n}"), Number.Select(n => $"Chapter {n}"),
            Number.Select(n => $"Maddə {n}"), Number.Select(n => $"{n}-ci maddə"), Number.Select(n => $"{n} bölmə"), Number.Select(n => $"Fəsil {n}"),
            Number.Select(n => $"Статья {n}"), Number.Select(n => $"Глава {n}"), Number.Select(n => $"Раздел {n}"), Words),
        Gen.OneOf("", ".", ":", " –", "-"),
        Words.Select(w => " " + w).Array[0, 1].Select(a => string.Concat(a)),
        Key)
        .Select((level, title, separator, text, key) => $"{level} {title}{separator}{text}{key}");

    private static readonly Gen<string> Part = Gen.Select(Gen.Int[1, 60], Gen.Int[1, 9].Array[1, 4], Gen.OneOf("", "- ", "1. ", "  "), Words)
        .Select((article, rest, prefix, text) => $"{prefix}{article}.{string.Join('.', rest)}. {text}");

    private static readonly Gen<string> Citation = Gen.Select(Number, Number, Gen.OneOf(
            "as provided in Article {0}", "Articles {0} and {1}", "Articles {0}–{1}", "paragraph {1} of Article {0} of this Code",
            "Article {0} of the Migration Code", "bu Məcəllənin {0}-ci maddəsinə", "{0}.{1}-ci maddəsi", "Miqrasiya Məcəlləsinin {0}-ci maddəsi",
            "статьи {0} настоящего Кодекса", "статья {0}.{1}", "статьи {0} Миграционного кодекса"))
        .Select((a, b, pattern) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, a, b));

    // Most lines end a block (a blank line follows), so parts start paragraphs; some run on into the next line.
    private static readonly Gen<string> Line = Gen.Select(
        Gen.Frequency(
            (4, Heading), (5, Part), (3, Citation), (4, Words), (2, Gen.Const("")),
            (1, Gen.OneOf("```", "~~~", "> quoted", "- item", "|a|b|", "|-|-|", "<table><tr><td>1</td></tr></table>", "---", "   indented", "\t\ttabbed"))),
        Gen.Int[0, 3])
        .Select((line, end) => end == 0 ? line : line + "\n");

    private enum Mutation { Delete, Duplicate, Swap }

    private static readonly Gen<(Mutation Kind, int At, int With)> Mutations = Gen.Select(Gen.Enum<Mutation>(), Gen.Int[0, 1000], Gen.Int[0, 1000]);

    /// <summary>A body of up to 60 lines, with up to 6 lines deleted, duplicated or swapped.</summary>
    public static Gen<string> Body { get; } = Gen.Select(Line.Array[0, 60], Mutations.Array[0, 6]).Select((lines, mutations) => Mutate([.. lines], mutations));

    /// <summary>A paragraph of running text with citations among the words.</summary>
    public static Gen<string> Prose { get; } = Gen.Select(Gen.OneOf(Citation, Words, Number).Array[0, 20], Gen.OneOf(" ", ", ", " and ", "\n"))
        .Select((pieces, joint) => string.Join(joint, pieces));

    private static string Mutate(List<string> lines, (Mutation Kind, int At, int With)[] mutations)
    {
        foreach (var (kind, at, with) in mutations)
        {
            if (lines.Count == 0)
                break;
            var (i, j) = (at % lines.Count, with % lines.Count);
            switch (kind)
            {
                case Mutation.Delete:
                    lines.RemoveAt(i);
                    break;
                case Mutation.Duplicate:
                    lines.Insert(i, lines[i]);
                    break;
                case Mutation.Swap:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
            }
        }
        return string.Join('\n', lines) + "\n";
    }
}
