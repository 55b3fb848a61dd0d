using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Recognises the structure headings of one language: <c>Article 45. Heading</c>, <c>Maddə 10-1.</c>, <c>21-ci maddə</c>, <c>III bölmə</c>.</summary>
/// <remarks>The words come from the language profile; the regular expressions are built once per profile and shared.</remarks>
internal sealed class HeadingClassifier
{
    private const string Space = @"[\p{Zs}\t]";

    // One segment of a number: arabic with an optional letter or superscript suffix (18b, 487bis, 298⁴), an upper-case
    // roman numeral, or one capital letter (lettered articles: Art. A.); lower-case letters are words, not numbers.
    // The suffix is lazy so that an ordinal ending glued to the number (21ci maddə) is left to the language's number suffix.
    private const string Segment =
        @"(?:\d+[\p{L}⁰¹²³⁴⁵⁶⁷⁸⁹]*?|(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|\p{Lu}(?!\p{L}))";

    // A code's letter before an arabic number: L. 121-1 (legislative part), R. 12 (regulatory part), L121-1. I, V and X are
    // left out: "V. 1." is article V and its first paragraph.
    private const string CodePrefix = @"(?:(?![IVX])\p{Lu}\.?\p{Zs}?(?=\d))?";
    private const string HeadingText = "(?:" + Space + @"*[.:–—\-])?" + Space + @"*(?<heading>.*)$";
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly ConditionalWeakTable<LanguageProfile, HeadingClassifier> Cache = new();

    private readonly Regex _wordFirst;
    private readonly Regex _numberFirst;

    private HeadingClassifier(LanguageProfile language)
    {
        var culture = StructureWordPattern.CultureOf(language.Code);
        var words =
            $"(?<section>{StructureWordPattern.Alternatives(language.SectionWords, culture)})" +
            $"|(?<chapter>{StructureWordPattern.Alternatives(language.ChapterWords, culture)})" +
            $"|(?<article>{StructureWordPattern.Alternatives(language.ArticleWords, culture)})";
        var suffix = language.NumberSuffix is { Length: > 0 } s ? $"(?i:{s})?" : "";
        var numberWords = language.NumberWords is { Count: > 0 } named ? StructureWordPattern.Alternatives(named, culture) + "|" : "";
        var number = $@"(?<num>{numberWords}{CodePrefix}{Segment}(?:[.\-]{Segment})*)";
        _wordFirst = new Regex($@"^(?:{words}){Space}*{number}(?![\p{{L}}\p{{N}}]){HeadingText}", Options);
        try
        {
            _numberFirst = new Regex($"^{number}{suffix}{Space}+(?:{words}){HeadingText}", Options);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The number suffix of language '{language.Code}' is not a valid regular expression: {e.Message}", nameof(language), e);
        }
    }

    /// <summary>The classifier of <paramref name="language"/>, built on first use.</summary>
    public static HeadingClassifier For(LanguageProfile language) =>
        Cache.GetValue(language, static l => new HeadingClassifier(l));

    /// <summary>The section, chapter or article that <paramref name="heading"/> (its text without <c>#</c> and <c>{#key}</c>) opens, or null.</summary>
    /// <remarks>Emphasis and superscript markup are taken off first (see <see cref="HeadingMarkup"/>).</remarks>
    public StructureHeading? Classify(string heading)
    {
        heading = HeadingMarkup.Strip(heading);
        var match = _wordFirst.Match(heading);
        if (!match.Success)
            match = _numberFirst.Match(heading);
        if (!match.Success)
            return null;
        var kind = match.Groups["section"].Success ? ProvisionKind.Section
            : match.Groups["chapter"].Success ? ProvisionKind.Chapter
            : ProvisionKind.Article;
        var text = match.Groups["heading"].Value.Trim();
        return new StructureHeading(kind, match.Groups["num"].Value, text.Length == 0 ? null : text);
    }
}
