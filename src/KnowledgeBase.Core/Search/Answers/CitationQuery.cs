using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Search.Answers;

/// <summary>A query that names a provision by its number (<c>article 45.1.3</c>, <c>maddə 45</c>, <c>45.1.3-cü maddə</c>,
/// <c>ст. 45</c>, <c>Migration Code 21</c>), with the words that may name its instrument.</summary>
/// <param name="Number">The provision's number as written: <c>45</c>, <c>45.1.3</c>, <c>10-1</c>, <c>45.1.3-1</c>.</param>
/// <param name="Language">The language of the word that said "article", or null when only a number and instrument words were typed.</param>
/// <param name="InstrumentWords">The other words, lower-cased and folded, which must all be in the instrument's title.</param>
public sealed partial record CitationQuery(string Number, string? Language, IReadOnlyList<string> InstrumentWords)
{
    /// <summary>A citation is short; a longer query is a question that happens to hold a number.</summary>
    private const int MaxWords = 8;

    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>Words that join a citation to its instrument and say nothing of which one it is.</summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal) { "of", "the", "this", "in" };

    /// <summary>The article's id: <c>art_45</c> for <c>45.1.3</c>.</summary>
    public string ArticleEId => ProvisionIds.Article(ArticleNumber);

    /// <summary>The id of the part the number names below its article (<c>art_45__para_1.3</c>), or null for a whole article.</summary>
    public string? PartEId => Number.Length > ArticleNumber.Length ? ProvisionIds.Part(ArticleEId, Number[(ArticleNumber.Length + 1)..]) : null;

    /// <summary>The article's number: the number up to its first dot (<c>45.1.3-1</c> → <c>45</c>; <c>10-1</c> stays whole).</summary>
    public string ArticleNumber => Number.Split('.')[0];

    /// <summary>The citation a query spells, or null when it is not one.</summary>
    public static CitationQuery? Recognize(string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords)
            return null;

        string? number = null;
        string? language = null;
        var instrumentWords = new List<string>();
        foreach (var written in words)
        {
            var word = Fold(written);
            if (NumberPattern().Match(word) is { Success: true } match)
            {
                if (number is not null)
                    return null;
                number = match.Groups["num"].Value;
            }
            else if (LanguageOfArticleWord(word.TrimEnd('.')) is { } wordLanguage)
            {
                language ??= wordLanguage;
            }
            else if (!Connectives.Contains(word) && word.Any(char.IsLetter))
            {
                instrumentWords.Add(word.Trim('.', ',', '"', '(', ')'));
            }
        }
        // A number alone is a search for the number; a number with words and no "article" is a citation only if the words
        // name an instrument, which the index decides.
        if (number is null || (language is null && instrumentWords.Count == 0))
            return null;
        return new CitationQuery(number, language, instrumentWords);
    }

    /// <summary>Lower-cases with Turkish rules (İ → i) and folds Azerbaijani letters, as the index's Azerbaijani analysis does.</summary>
    internal static string Fold(string word)
    {
        var lower = word.ToLower(Turkish);
        return string.Create(lower.Length, lower, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] switch
                {
                    'ə' => 'e',
                    'ı' => 'i',
                    'ş' => 's',
                    'ç' => 'c',
                    'ğ' => 'g',
                    'ö' => 'o',
                    'ü' => 'u',
                    var other => other,
                };
        });
    }

    private static string? LanguageOfArticleWord(string word) => word switch
    {
        "article" or "articles" or "art" or "arts" => "en",
        _ when word.StartsWith("madde", StringComparison.Ordinal) && word.Length <= 12 => "az",
        "статья" or "статьи" or "статье" or "статью" or "статьей" or "ст" => "ru",
        _ => null,
    };

    // 45, 45.1.3, 10-1, 45.1.3-1, with the Azerbaijani ordinal ending folded (45-ci, 45.1.3-cü, 2-nci) and a closing dot.
    [GeneratedRegex(@"^(?<num>\d{1,4}(?:\.\d{1,3}){0,4}(?:-\d{1,2})?)(?:-(?:n?c[iu]|[iu]nc[iu]))?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
