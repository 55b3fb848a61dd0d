using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Citations;

/// <summary>Builds the regular-expression fragments for provision numbers and lists of them (<c>12, 13 and 15</c>, <c>12–14</c>).</summary>
internal sealed class NumberListPattern
{
    // A number never starts inside a word or inside another number: "07" in 2013-07-02 is no number of its own.
    private const string Start = @"(?<![\p{L}\p{N}])(?<![0-9][.\-])";

    // Letter suffixes of inserted provisions (18b, 487bis); long enough for "quinquies", short enough to stop at a word.
    private const string Letters = @"\p{L}{1,9}(?!\p{L})";

    private readonly string? _suffix;
    private readonly string _and;
    private readonly string _to;

    public NumberListPattern(CitationPatterns patterns)
    {
        _suffix = patterns.NumberSuffix is null ? null : $@"(?:{patterns.NumberSuffix})(?!\p{{L}})";
        _and = Separating(patterns.And);
        _to = Separating(patterns.To);
    }

    /// <summary>Numbers joined by list and range separators; an ordinal ending may follow any of them.</summary>
    public string List(string numberGroup, string rangeGroup) =>
        $"{Number(numberGroup)}{OptionalSuffix}(?:{Separator(rangeGroup)}{Number(numberGroup)}{OptionalSuffix})*";

    /// <summary>Like <see cref="List"/>, but the last number must carry the ordinal ending where the language has one:
    /// a bare number before the word is a count (<c>12 maddədən ibarətdir</c>, "consists of 12 articles"), not a citation.</summary>
    public string OrdinalList(string numberGroup, string rangeGroup) =>
        _suffix is null
            ? List(numberGroup, rangeGroup)
            : $"(?:{Number(numberGroup)}{OptionalSuffix}{Separator(rangeGroup)})*{Number(numberGroup)}{_suffix}";

    private string OptionalSuffix => _suffix is null ? "" : $"(?:{_suffix})?";

    // Segments joined by dots or glued hyphens (45.1.3-1, 10-1); a dot not followed by a digit ends the sentence,
    // not the number. Atomic, so a long number is never re-tried piece by piece.
    private string Number(string group)
    {
        var letters = _suffix is null ? Letters : $"(?!{_suffix}){Letters}";
        var segment = $"[0-9]+(?:{letters})?";
        var end = _suffix is null ? @"(?![\p{L}\p{N}])" : $@"(?:(?![\p{{L}}\p{{N}}])|(?={_suffix}))";
        return $@"{Start}(?<{group}>(?>{segment}(?:[.\-]{segment})*)){end}";
    }

    // Unlike a word, a separator may touch the number before it ("12, 13", "12–14"), but "to" is not the start of "tomorrow".
    private static string Separating(string fragment) => $@"(?<!\p{{L}})(?:{fragment})(?!\p{{L}})";

    private string Separator(string rangeGroup) =>
        $@"\s*(?:(?<{rangeGroup}>{_to})|{_and}(?:\s*{_and})?)\s*";
}
