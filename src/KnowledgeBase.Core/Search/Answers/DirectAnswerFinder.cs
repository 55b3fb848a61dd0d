using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Collecting;
using KnowledgeBase.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Search.Answers;

/// <summary>Finds the provision a <see cref="CitationQuery"/> names among the documents the search may show.</summary>
/// <remarks>
/// The article is found by its id (<c>eid</c>), a part (<c>45.1.3</c>) by the part ids its article's document lists: each is
/// one exact term, whatever the size of the index. The instrument words are matched against the instrument's titles in
/// every language and version, so that <c>Miqrasiya Məcəlləsi 21</c> finds the Code even where the newest text is English only.
/// Without instrument words, a code is preferred (the Migration Code is the corpus's main one) and the others are named.
/// </remarks>
internal sealed class DirectAnswerFinder(IndexSearcher searcher, DocValueStrings strings, FacetFields columns, Func<int, SearchHit> toHit)
{
    /// <summary>More documents than any one article has across instruments, versions and languages in a real corpus.</summary>
    private const int MaxCandidates = 1000;

    private readonly CandidateFields _fields = new(searcher, strings, columns);
    private readonly Dictionary<int, Candidate> _candidates = [];

    public DirectAnswer? Find(CitationQuery citation, SearchCriteria criteria)
    {
        var cited = citation.PartEId is { } partEId ? new Term(IndexSchema.Part, partEId) : new Term(IndexSchema.EId, citation.ArticleEId);
        // Read once: the instruments named are found among them, and so is an older version in the reader's language.
        var documents = new CitedDocuments(MaxCandidates, SearchFilter.ScopeOf(criteria));
        searcher.Search(new TermQuery(cited), SearchFilter.VisibleTo(criteria), documents);
        var visible = documents.Visible.Select(CandidateOf).ToList();
        var naming = visible.Where(c => citation.InstrumentWords.Count == 0 || Names(c.Title, citation.InstrumentWords)).ToList();
        var named = naming.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0)
            return null;
        var candidates = documents.InScope.Select(CandidateOf).Where(c => named.Contains(c.Slug) && Passes(c, criteria)).ToList();
        if (candidates.Count == 0)
            return null;

        var instruments = candidates.GroupBy(c => c.Slug, StringComparer.Ordinal)
            .OrderBy(g => g.Any(c => c.Kind == "code") ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var chosen = instruments[0];
        // The words of the query say the language: "maddə", or a title written in it (Miqrasiya Məcəlləsi 21).
        var language = criteria.Language ?? citation.Language ?? TitleLanguage(naming, citation);
        var best = chosen.FirstOrDefault(c => c.Language == language)
            ?? InOlderVersion(visible, criteria, chosen.Key, language)
            ?? chosen.FirstOrDefault(c => c.Language == "en")
            ?? chosen.First();

        var hit = toHit(best.Doc);
        if (citation.PartEId is { } part)
            hit = hit with { Part = part, Label = $"{hit.Label ?? hit.Heading} — {citation.Number}", Snippet = HtmlText.Escape(PartText(best, part)) };
        var alsoIn = instruments.Skip(1).Select(g => (g.FirstOrDefault(c => c.Language == best.Language) ?? g.First()).Title).ToList();
        return new DirectAnswer(hit with { Direct = true }, alsoIn);
    }

    /// <summary>
    /// When the newest version is not translated into the language the citation was typed in (<c>maddə 45</c>, while the
    /// newest text is English only), the newest version that is: a reader who typed Azerbaijani reads Azerbaijani.
    /// </summary>
    private static Candidate? InOlderVersion(IEnumerable<Candidate> visible, SearchCriteria criteria, string slug, string? language)
    {
        if (language is null || criteria.Version is not null || criteria.AsAt is not null)
            return null;
        return visible
            .Where(c => c.Slug == slug && c.Language == language && c.Status != "draft" && Passes(c, criteria))
            .MaxBy(c => c.Date, StringComparer.Ordinal);
    }

    // Only the short fields are read for each candidate, from doc values: in a national corpus "article 5" has thousands
    // of them, and the stored text is read for the chosen one alone. A title is read only when it is asked for. A document
    // in scope is one of the visible ones, read once.
    private Candidate CandidateOf(int doc)
    {
        if (!_candidates.TryGetValue(doc, out var candidate))
            _candidates.Add(doc, candidate = Candidate.Of(doc, _fields));
        return candidate;
    }

    // The language most of the matching titles are in; none when titles of several languages match as often (the same
    // title in every language says nothing).
    private static string? TitleLanguage(IReadOnlyList<Candidate> naming, CitationQuery citation)
    {
        if (citation.InstrumentWords.Count == 0)
            return null;
        var counts = naming.GroupBy(c => c.Language, StringComparer.Ordinal).Select(g => (Language: g.Key, Count: g.Count())).OrderByDescending(c => c.Count).ToList();
        return counts.Count == 1 || (counts.Count > 1 && counts[0].Count > counts[1].Count) ? counts[0].Language : null;
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

    /// <summary>The part's own words, cut from its article's text where the indexer said they are.</summary>
    private string PartText(Candidate candidate, string partEId)
    {
        var document = searcher.Doc(candidate.Doc);
        var text = document.Get(IndexSchema.Text) ?? "";
        return PartSpans.Read(document).FirstOrDefault(p => p.EId == partEId) is { } part && part.Start + part.Length <= text.Length
            ? text.Substring(part.Start, part.Length)
            : text;
    }

    private sealed record Candidate(int Doc, string Slug, string Kind, string Language, string Status, string Date, Lazy<string> LazyTitle)
    {
        public string Title => LazyTitle.Value;

        public static Candidate Of(int doc, CandidateFields fields)
        {
            var row = fields.RowOf(doc);
            return new(
                doc,
                fields.Get(row, IndexSchema.Slug),
                fields.Get(row, IndexSchema.Kind),
                fields.Get(row, IndexSchema.Language),
                fields.Get(row, IndexSchema.Status),
                fields.Get(row, IndexSchema.Date),
                new Lazy<string>(() => fields.Title(doc), LazyThreadSafetyMode.None));
        }
    }
}
