using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Citations;

/// <summary>The one regular expression that finds citations in a language, composed from its citation patterns and the known instrument names.</summary>
/// <remarks>Every word of it comes from language data: a language declared in <c>kb.yml</c> needs no code.</remarks>
internal sealed class CitationGrammar
{
    // A safety net, not a budget: a paragraph takes microseconds, this only stops a pathological input.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private readonly IReadOnlyList<(int Group, string Slug)> _known;
    private readonly int _same;
    private readonly int _external;

    private CitationGrammar(Regex regex, IReadOnlyList<string> knownSlugs)
    {
        Regex = regex;
        _known = [.. knownSlugs.Select((slug, i) => (regex.GroupNumberFromName(CitationGroups.KnownPrefix + i), slug))];
        _same = regex.GroupNumberFromName(CitationGroups.Same);
        _external = regex.GroupNumberFromName(CitationGroups.External);
    }

    public Regex Regex { get; }

    /// <summary>A fragment as a whole word: never the tail or the head of a longer one.</summary>
    public static string Word(string fragment) => $@"(?<![\p{{L}}\p{{N}}])(?:{fragment})(?!\p{{L}})";

    public static CitationGrammar Build(LanguageProfile language, CitationPatterns patterns, IReadOnlyList<InstrumentName> instruments)
    {
        var names = KnownNames(instruments);
        var knownPatterns = names.Select(n => InstrumentNamePattern.For(n.Name, patterns.Inflected)).ToList();
        var thisInstrument = patterns.ThisInstrument is null ? null : Word(patterns.ThisInstrument);

        var notAName = string.Join("|", StructureWords(language, patterns).Concat(knownPatterns).Append(thisInstrument).OfType<string>());
        var external = ExternalNamePattern.Build(notAName, patterns.NameEnding, patterns.InstrumentFirst);
        var known = string.Join("|", knownPatterns.Select((p, i) => $"(?<{CitationGroups.KnownPrefix}{i}>{p})"));
        var connector = patterns.InstrumentFirst || patterns.Of is null ? "" : $@"{Word(patterns.Of)}\s+";

        var instrument = string.Join("|", new[]
        {
            thisInstrument is null ? null : $"(?<{CitationGroups.Same}>{thisInstrument})",
            known.Length == 0 ? null : $"{connector}(?:{known})",
            $"{connector}(?<{CitationGroups.External}>{external})",
        }.OfType<string>());

        var provisions = Provisions(patterns);
        var pattern = patterns.InstrumentFirst
            ? $@"(?:(?:{instrument})\s+)?{provisions}"
            : $@"{provisions}(?:\s+(?:{instrument}))?";
        try
        {
            return new CitationGrammar(new Regex(pattern, Options, MatchTimeout), [.. names.Select(n => n.Slug)]);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The citation patterns of language '{language.Code}' are not valid regular expressions: {e.Message}", nameof(language), e);
        }
    }

    /// <summary>Which instrument the citation names; a citation that names none cites its own instrument.</summary>
    public (CitationScope Scope, string? Slug) InstrumentOf(Match match)
    {
        if (_same >= 0 && match.Groups[_same].Success)
            return (CitationScope.SameInstrument, null);
        foreach (var (group, slug) in _known)
            if (match.Groups[group].Success)
                return (CitationScope.NamedInstrument, slug);
        if (_external >= 0 && match.Groups[_external].Success)
            return (CitationScope.ExternalInstrument, null);
        return (CitationScope.SameInstrument, null);
    }

    // The article numbers with the part levels around them: "paragraph 3 of Article 12", "части 2 статьи 45",
    // and where the number comes first "12-ci maddə", "45-ci maddəsinin 1-ci hissəsi".
    private static string Provisions(CitationPatterns patterns)
    {
        var numbers = new NumberListPattern(patterns);
        var article = Word(patterns.Article);
        var part = patterns.Part is null ? null : Word(patterns.Part);
        var of = patterns.Of is null ? "" : $@"(?:{Word(patterns.Of)}\s+)?";

        var partsBefore = part is null
            ? ""
            : $@"(?:{part}\s*(?<{CitationGroups.Level}>{numbers.List(CitationGroups.Part, CitationGroups.PartRange)})\s+{of})*";
        var wordFirst = $@"{partsBefore}{article}\s*{numbers.List(CitationGroups.Article, CitationGroups.ArticleRange)}";
        if (!patterns.NumberFirst)
            return wordFirst;

        var partsAfter = part is null
            ? ""
            : $@"(?:\s+(?<{CitationGroups.Level}>{numbers.OrdinalList(CitationGroups.Part, CitationGroups.PartRange)})\s+{part})*";
        var numberFirst = $@"{numbers.OrdinalList(CitationGroups.Article, CitationGroups.ArticleRange)}\s+{article}{partsAfter}";
        return $"(?:{numberFirst}|{wordFirst})";
    }

    // Longest first, so "Residence Rules for Students" is not cut short at "Residence Rules".
    private static List<(string Slug, string Name)> KnownNames(IReadOnlyList<InstrumentName> instruments) =>
    [
        .. instruments
            .SelectMany(i => i.Names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (i.Slug, Name: n.Trim())))
            .DistinctBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Name.Length)
            .ThenBy(n => n.Name, StringComparer.Ordinal),
    ];

    // Words that open a structure reference are never part of an instrument's name: "Article 12 of Chapter 3".
    private static IEnumerable<string> StructureWords(LanguageProfile language, CitationPatterns patterns) =>
        language.SectionWords.Concat(language.ChapterWords).Concat(language.ArticleWords)
            .Select(w => Word(Regex.Escape(w)))
            .Append(Word(patterns.Article))
            .Concat(patterns.Part is null ? [] : [Word(patterns.Part)]);
}
