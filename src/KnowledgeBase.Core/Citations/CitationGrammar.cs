using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Citations;

/// <summary>The one regular expression that finds citations in a language, composed from its citation patterns.</summary>
/// <remarks>Every word of it comes from language data: a language declared in <c>kb.yml</c> needs no code. Known instrument
/// names are left to <see cref="KnownInstruments"/>: hundreds of names in this expression would make it slow to compile and
/// to run, for a check that is needed at one place per citation.</remarks>
internal static class CitationGrammar
{
    /// <summary>A safety net for a paragraph of ordinary length, whose worst case is milliseconds of work.</summary>
    /// <remarks>Generous on purpose. The clock runs while the machine is busy with other work (and, on a compiled
    /// expression's first match, while it is compiled to machine code): at one second, a loaded machine silently lost
    /// ordinary citations, so the same content built differently from run to run.</remarks>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The budget of a very long paragraph (see <see cref="LongText"/>), where a pathological stretch could
    /// otherwise take minutes: the citations found before it are kept.</summary>
    public static readonly TimeSpan LongTextMatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Characters above which a paragraph is searched under <see cref="LongTextMatchTimeout"/>.</summary>
    public const int LongText = 20_000;

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Deeper than any real text nests (subparagraph of paragraph of part of article), and a bound on what one citation costs.
    private const string PartLevels = "{0,6}";

    /// <summary>A fragment as a whole word: never the tail or the head of a longer one.</summary>
    public static string Word(string fragment) => $@"(?<![\p{{L}}\p{{N}}])(?:{fragment})(?!\p{{L}})";

    public static Regex Build(LanguageProfile language, CitationPatterns patterns, TimeSpan timeout)
    {
        var thisInstrument = patterns.ThisInstrument is null ? null : Word(patterns.ThisInstrument);
        var notAName = string.Join("|", StructureWords(language, patterns).Append(thisInstrument).OfType<string>());
        var external = $"(?<{CitationGroups.External}>{ExternalNamePattern.Build(notAName, patterns.NameEnding, patterns.InstrumentFirst)})";
        var connector = patterns.InstrumentFirst || patterns.Of is null ? "" : $@"{Word(patterns.Of)}\s+";
        var instrument = thisInstrument is null
            ? connector + external
            : $"(?<{CitationGroups.Same}>{thisInstrument})|{connector}{external}";

        var provisions = $"(?<{CitationGroups.Provisions}>{Provisions(patterns)})";
        var pattern = patterns.InstrumentFirst
            ? $@"(?:(?:{instrument})\s+)?{provisions}"
            : $@"{provisions}(?:\s+(?:{instrument}))?";
        try
        {
            var grammar = new Regex(pattern, Options | RegexOptions.Compiled, timeout);
            // Compile to machine code now, outside the first paragraph's time limit.
            grammar.IsMatch("1");
            return grammar;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The citation patterns of language '{language.Code}' are not valid regular expressions: {e.Message}", nameof(language), e);
        }
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
            : $@"(?:{part}\s*(?<{CitationGroups.Level}>{numbers.List(CitationGroups.Part, CitationGroups.PartRange)})\s+{of}){PartLevels}";
        var wordFirst = $@"{partsBefore}{article}\s*{numbers.List(CitationGroups.Article, CitationGroups.ArticleRange)}";
        if (!patterns.NumberFirst)
            return wordFirst;

        var partsAfter = part is null
            ? ""
            : $@"(?:\s+(?<{CitationGroups.Level}>{numbers.OrdinalList(CitationGroups.Part, CitationGroups.PartRange)})\s+{part}){PartLevels}";
        var numberFirst = $@"{numbers.OrdinalList(CitationGroups.Article, CitationGroups.ArticleRange)}\s+{article}{partsAfter}";
        return $"(?:{numberFirst}|{wordFirst})";
    }

    // Words that open a structure reference are never part of an instrument's name: "Article 12 of Chapter 3".
    private static IEnumerable<string> StructureWords(LanguageProfile language, CitationPatterns patterns) =>
        language.SectionWords.Concat(language.ChapterWords).Concat(language.ArticleWords)
            .Select(w => Word(Regex.Escape(w)))
            .Append(Word(patterns.Article))
            .Concat(patterns.Part is null ? [] : [Word(patterns.Part)]);
}
