using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Answers;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;

namespace KnowledgeBase.Core.Search.Spelling;

/// <summary>Offers, for the words of a query the index does not hold, the nearest words it does ("did you mean").</summary>
/// <remarks>
/// Suggestions come from the index's own words (<see cref="IndexSchema.Spelling"/>), so a suggested query always finds
/// something. A word is replaced by the word within one edit (two for words of six letters or more) that the most documents
/// hold; a Levenshtein automaton walks only the words within reach, and at most <see cref="MaxCandidates"/> of them.
/// </remarks>
internal sealed class SpellingCorrector(IndexReader reader, IReadOnlyList<string> languages, LanguageFieldAnalyzer analyzer)
{
    private const int MinLength = 4;
    private const int MaxCandidates = 200;

    /// <summary>The query with its unknown words corrected, or null when every word is known or none has a near word.</summary>
    public string? Correct(IReadOnlyList<string> words)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Spelling);
        if (terms is null)
            return null;
        var changed = false;
        var corrected = new List<string>(words.Count);
        foreach (var written in words)
        {
            var word = CitationQuery.Fold(written);
            var replacement = word.Length < MinLength || word.Any(char.IsDigit) || Known(word) ? null : Nearest(terms, word);
            corrected.Add(replacement ?? written);
            changed |= replacement is not null;
        }
        return changed ? string.Join(' ', corrected) : null;
    }

    /// <summary>Whether the index holds the word as written, or in some language's analysed form (<c>replace</c> is not
    /// written anywhere, but its stem <c>replac</c> is, from <c>replacing</c>): a known word needs no correction.</summary>
    private bool Known(string word) =>
        reader.DocFreq(new Term(IndexSchema.Spelling, word)) > 0
        || languages.Any(language => AnalysedForm(word, language) is { } term
            && (reader.DocFreq(new Term(IndexSchema.TextOf(language), term)) > 0 || reader.DocFreq(new Term(IndexSchema.HeadingOf(language), term)) > 0));

    private string? AnalysedForm(string word, string language)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.TextOf(language), word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        string? last = null;
        stream.Reset();
        while (stream.IncrementToken())
            last = term.ToString();
        stream.End();
        return last;
    }

    private static string? Nearest(Terms terms, string word)
    {
        var maxEdits = word.Length >= 6 ? 2 : 1;
        var automaton = new CompiledAutomaton(new LevenshteinAutomata(word, withTranspositions: true).ToAutomaton(maxEdits));
        var candidates = automaton.GetTermsEnum(terms);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var seen = 0; seen < MaxCandidates && candidates.MoveNext(); seen++)
        {
            var candidate = candidates.Term.Utf8ToString();
            var distance = EditDistance.Between(word, candidate);
            var frequency = candidates.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
        }
        return best;
    }
}
