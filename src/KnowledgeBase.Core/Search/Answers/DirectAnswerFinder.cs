using KnowledgeBase.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Answers;

/// <summary>Finds the provision a <see cref="CitationQuery"/> names among the documents the search may show.</summary>
/// <remarks>
/// The article is found by its id (<c>eid</c>), which is exact and costs one term lookup; a part (<c>45.1.3</c>) is not a
/// document of its own, so its article is found and the link goes to the part when the article's text has it.
/// Without instrument words, a code is preferred (the Migration Code is the corpus's main one) and the others are named.
/// </remarks>
internal sealed class DirectAnswerFinder(IndexSearcher searcher, Func<int, SearchHit> toHit)
{
    /// <summary>More documents than any one article has across instruments and languages.</summary>
    private const int MaxCandidates = 500;

    public DirectAnswer? Find(CitationQuery citation, SearchCriteria criteria)
    {
        var found = searcher.Search(new TermQuery(new Term(IndexSchema.EId, citation.ArticleEId)), SearchFilter.ScopeOf(criteria), MaxCandidates);
        var candidates = found.ScoreDocs
            .Select(hit => (Doc: hit.Doc, Document: searcher.Doc(hit.Doc)))
            .Select(c => new Candidate(c.Doc, c.Document.Get(IndexSchema.Slug), c.Document.Get(IndexSchema.Kind), c.Document.Get(IndexSchema.Language),
                c.Document.Get(IndexSchema.Status), c.Document.Get(IndexSchema.InstrumentTitle) ?? "", c.Document.Get(IndexSchema.Text) ?? ""))
            .Where(c => Passes(c, criteria) && Names(c.Title, citation.InstrumentWords))
            .ToList();
        if (candidates.Count == 0)
            return null;

        var instruments = candidates.GroupBy(c => c.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Any(c => c.Kind == "code") ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var chosen = instruments[0];
        var best = chosen.FirstOrDefault(c => c.Language == citation.Language)
            ?? chosen.FirstOrDefault(c => c.Language == "en")
            ?? chosen.First();

        var hit = toHit(best.Doc);
        if (citation.PartEId is { } partEId && PartLine(best.Text, citation.Number) is { } line)
            hit = hit with { EId = partEId, Label = $"{hit.Label ?? citation.Number} — {citation.Number}", Snippet = Rendering.HtmlText.Escape(line) };
        var alsoIn = instruments.Skip(1).Select(g => (g.FirstOrDefault(c => c.Language == best.Language) ?? g.First()).Title).ToList();
        return new DirectAnswer(hit with { Direct = true }, alsoIn);
    }

    private static bool Passes(Candidate candidate, SearchCriteria criteria) =>
        (criteria.Language is null || candidate.Language == criteria.Language)
        && (criteria.Instrument is null || candidate.Slug == criteria.Instrument)
        && (criteria.Kind is null || candidate.Kind == criteria.Kind)
        && (criteria.Status is null || candidate.Status == criteria.Status);

    /// <summary>Whether every instrument word starts a word of the title (on its first five letters, so that inflected
    /// forms count: <c>Miqrasiya Məcəlləsinin</c>, <c>Миграционного кодекса</c>).</summary>
    private static bool Names(string title, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
            return true;
        var titleWords = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(CitationQuery.Fold).ToList();
        return words.All(word => titleWords.Any(t => Stem(t) == Stem(word)));
    }

    private static string Stem(string word) => word.Length <= 5 ? word : word[..5];

    /// <summary>The line of the article's text that opens the part <paramref name="number"/> (<c>45.1.3. …</c>).</summary>
    private static string? PartLine(string text, string number) =>
        text.Split('\n')
            .Select(line => line.TrimStart('-', '*', ' ', '\t'))
            .FirstOrDefault(line => line.StartsWith(number + ".", StringComparison.Ordinal) || line.StartsWith(number + " ", StringComparison.Ordinal));

    private sealed record Candidate(int Doc, string Slug, string Kind, string Language, string Status, string Title, string Text);
}
