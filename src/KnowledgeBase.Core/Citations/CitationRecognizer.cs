using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Citations;

/// <summary>Finds citations of provisions (<c>Articles 12–14 of this Code</c>, <c>Miqrasiya Məcəlləsinin 45-ci maddəsi</c>,
/// <c>части 2 статьи 45</c>) in the running text of one language.</summary>
/// <remarks>Build one per language and corpus and reuse it: construction compiles a regular expression, recognition is cheap
/// and safe to call from several threads at once.</remarks>
public sealed class CitationRecognizer
{
    private readonly CitationGrammar? _grammar;

    /// <param name="language">The language of the texts; one without citation patterns recognises nothing.</param>
    /// <param name="instruments">The names by which instruments of the corpus are cited in this language.</param>
    /// <exception cref="ArgumentException">The language's citation patterns are not valid regular expressions.</exception>
    public CitationRecognizer(LanguageProfile language, IReadOnlyList<InstrumentName> instruments)
    {
        ArgumentNullException.ThrowIfNull(language);
        _grammar = language.Citations is null ? null : CitationGrammar.Build(language, language.Citations, instruments ?? []);
    }

    /// <summary>Finds every citation in a plain-text string (one paragraph's text), in text order. Never throws; bounded time on any input.</summary>
    public IReadOnlyList<CitationMatch> Recognize(string text)
    {
        if (_grammar is null || string.IsNullOrEmpty(text))
            return [];
        var found = new List<CitationMatch>();
        try
        {
            for (var match = _grammar.Regex.Match(text); match.Success; match = match.NextMatch())
            {
                var (scope, slug) = _grammar.InstrumentOf(match);
                found.Add(new CitationMatch(match.Index, match.Length, match.Value, TargetAssembler.Assemble(match, scope, slug)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a pathological paragraph gets here; the citations before it are still good, and a missing
            // link is better than a build that stops.
        }
        return found;
    }
}
