using System.Text.RegularExpressions;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Citations;

/// <summary>Finds citations of provisions (<c>Articles 12–14 of this Code</c>, <c>Miqrasiya Məcəlləsinin 45-ci maddəsi</c>,
/// <c>части 2 статьи 45</c>) in the running text of one language.</summary>
/// <remarks>Build one per language and corpus and reuse it: construction compiles a regular expression, recognition is cheap
/// and safe to call from several threads at once.</remarks>
public sealed class CitationRecognizer
{
    private readonly Regex? _grammar;
    private readonly Lazy<Regex>? _longTextGrammar;
    private readonly CitationReader? _reader;

    /// <param name="language">The language of the texts; one without citation patterns recognises nothing.</param>
    /// <param name="instruments">The names by which instruments of the corpus are cited in this language.</param>
    /// <exception cref="ArgumentException">The language's citation patterns are not valid regular expressions.</exception>
    public CitationRecognizer(LanguageProfile language, IReadOnlyList<InstrumentName> instruments)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (language.Citations is not { } patterns)
            return;
        _grammar = CitationGrammar.Build(language, patterns, CitationGrammar.MatchTimeout);
        _longTextGrammar = new(() => CitationGrammar.Build(language, patterns, CitationGrammar.LongTextMatchTimeout));
        _reader = new CitationReader(new KnownInstruments(patterns, instruments ?? []));
    }

    /// <summary>Finds every citation in a plain-text string (one paragraph's text), in text order. Never throws; bounded time on any input.</summary>
    public IReadOnlyList<CitationMatch> Recognize(string text)
    {
        if (_grammar is null || _longTextGrammar is null || _reader is null || string.IsNullOrEmpty(text))
            return [];
        var grammar = text.Length > CitationGrammar.LongText ? _longTextGrammar.Value : _grammar;
        var found = new List<CitationMatch>();
        try
        {
            // A known name may reach past what the grammar matched, so the search goes on after the citation, not the match.
            var position = 0;
            for (var match = grammar.Match(text); match.Success; match = grammar.Match(text, position))
            {
                var citation = _reader.Read(text, match, floor: position);
                found.Add(citation);
                position = citation.Start + citation.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a pathological paragraph gets here (a very long one, under the short budget); the citations before
            // it are still good, and a missing link is better than a build that stops.
        }
        return found;
    }
}
