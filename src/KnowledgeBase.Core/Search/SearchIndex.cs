using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Answers;
using KnowledgeBase.Core.Search.Collecting;
using KnowledgeBase.Core.Search.Facets;
using KnowledgeBase.Core.Search.Querying;
using KnowledgeBase.Core.Search.Snippets;
using KnowledgeBase.Core.Search.Spelling;
using KnowledgeBase.Core.Search.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Directory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Core.Search;

/// <summary>A published search index, opened read-only for the life of the site.</summary>
/// <remarks>Thread-safe: one reader and searcher serve every concurrent <see cref="Search"/>; each search parses its own query.</remarks>
public sealed class SearchIndex : IDisposable
{
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly LanguageFieldAnalyzer _analyzer = new();
    private readonly SynonymExpander _synonyms;
    private readonly DocValueStrings _strings = new();
    private readonly FacetFields _facets;

    private SearchIndex(DirectoryReader reader)
    {
        _reader = reader;
        _searcher = new IndexSearcher(reader);
        Languages = ReadLanguages(reader);
        _facets = new FacetFields(reader);
        _synonyms = new SynonymExpander(SynonymTable.Load(reader), _analyzer);
    }

    /// <summary>The languages the index holds text in, in code order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Opens the index a <see cref="SearchIndexWriter"/> committed in <paramref name="directory"/>.</summary>
    public static SearchIndex Open(Directory directory) => new(DirectoryReader.Open(directory));

    /// <summary>A query that finds fewer hits than this is retried with fuzzy words and offered a spelling correction.</summary>
    public const int FewHits = 3;

    /// <exception cref="InvalidSearchQueryException">The query is too long or too broad, or a filter or page is out of range.</exception>
    /// <remarks>A query that is not valid syntax is searched as plain words, and <see cref="SearchResults.SyntaxProblem"/> says why.</remarks>
    public SearchResults Search(SearchRequest request)
    {
        var criteria = SearchCriteria.From(request);
        if (criteria.Text.Length == 0)
            return SearchResults.None;

        var direct = criteria.Skip == 0 && CitationQuery.Recognize(criteria.Text) is { } citation
            ? new DirectAnswerFinder(_searcher, _strings, _facets, doc => ToHit(doc, 0, snippets: null)).Find(citation, criteria)
            : null;

        string? syntaxProblem = null;
        var searched = criteria.Text;
        SearchQuery query;
        try
        {
            // Every language is parsed even when one is chosen: the language is a filter like the others, counted for its facet.
            query = SearchQuery.Parse(_synonyms.Expand(searched), Languages, _analyzer);
        }
        catch (QuerySyntaxException syntax)
        {
            syntaxProblem = syntax.Message;
            searched = PlainWords.Of(criteria.Text);
            query = searched.Length == 0 ? SearchQuery.Nothing : SearchQuery.Parse(_synonyms.Expand(searched), Languages, _analyzer);
        }

        var results = Run(query, criteria);
        string? didYouMean = null;
        if (results.Total < FewHits && FoundWithoutFilters(results, criteria) < FewHits && direct is null && syntaxProblem is null && PlainWords.IsPlain(searched))
        {
            // The corrected words first: fuzzy words are compared with the index's stems (resid), which a typo of the
            // written word (residense) may be far from; the correction is made from written words.
            // A correction is offered only when it finds more than the query for this reader: the index's words include
            // those of versions the reader may not see, and a correction must never point at them.
            var correction = new SpellingCorrector(_reader, Languages, _analyzer).Correct(PlainWords.Split(searched));
            var corrected = correction is null ? null : RunRetry(query, correction, criteria);
            didYouMean = corrected is not null && corrected.Total > results.Total ? correction : null;
            var retry = didYouMean is not null ? corrected : RunRetry(query, FuzzyWords.Of(searched), criteria);
            if (retry is not null && retry.Total > results.Total)
                results = retry with { Fuzzy = true };
        }
        return results with
        {
            Hits = direct is null ? results.Hits : [direct.Hit, .. results.Hits.Where(h => !direct.Names(h))],
            Direct = direct,
            SyntaxProblem = syntaxProblem,
            SearchedText = searched,
            DidYouMean = didYouMean,
        };
    }

    /// <summary>At least how many documents of the scope the query finds whatever the reader's filters (kind, status, language, instrument).</summary>
    /// <remarks>
    /// A filter's facet counts add up to the hits the query would give without it. When the words are found often and only
    /// the filter leaves few hits (<c>véhicule</c> among codes), the words are not misspelled: the typo retry would only add
    /// near-words, at the price of a fuzzy expansion (the slowest national query, 25 ms, was such a case). The facets show the
    /// reader where the other hits are.
    /// </remarks>
    private static int FoundWithoutFilters(SearchResults results, SearchCriteria criteria)
    {
        var found = results.Total;
        foreach (var (chosen, facet) in new[]
        {
            (criteria.Kind, results.Facets.Kind), (criteria.Status, results.Facets.Status),
            (criteria.Language, results.Facets.Language), (criteria.Instrument, results.Facets.Instrument),
        })
        {
            if (chosen is not null)
                found = Math.Max(found, facet.Sum(value => value.Count));
        }
        return found;
    }

    private SearchResults Run(SearchQuery query, SearchCriteria criteria)
    {
        if (query.IsEmpty)
            return SearchResults.None;
        // Rewritten once for both the search and the snippets: a prefix or a fuzzy word is looked up in the index's words
        // once, not again by the highlighter (a fuzzy word's automaton alone costs milliseconds).
        var rewritten = Bounded(() => query.RewrittenBy(_searcher));
        return criteria.GroupByProvision ? SearchGrouped(rewritten, criteria) : SearchHits(rewritten, criteria);
    }

    // The retry keeps the query's own few hits first and adds those of the wider text. It is a courtesy: a query whose
    // fuzzy form is too broad keeps its own hits alone.
    private SearchResults? RunRetry(SearchQuery query, string widerText, SearchCriteria criteria)
    {
        try
        {
            return Run(query.WidenedBy(SearchQuery.Parse(widerText, Languages, _analyzer)), criteria);
        }
        catch (Exception problem) when (problem is InvalidSearchQueryException or QuerySyntaxException)
        {
            return null;
        }
    }

    private SearchResults SearchHits(SearchQuery query, SearchCriteria criteria)
    {
        var top = TopScoreDocCollector.Create(criteria.Skip + criteria.Take, docsScoredInOrder: true);
        var faceting = new FacetingCollector(FacetDimension.Of(criteria), top, _facets);
        Run(query.Combined(), SearchFilter.ScopeOf(criteria), faceting);
        var snippets = new HitSnippets(query, _searcher, _analyzer);
        var hits = top.GetTopDocs(criteria.Skip, criteria.Take).ScoreDocs.Select(found => ToHit(found.Doc, found.Score, snippets)).ToList();
        return new SearchResults(faceting.Matches, hits) { Matches = faceting.Matches, Facets = faceting.Facets() };
    }

    private SearchResults SearchGrouped(SearchQuery query, SearchCriteria criteria)
    {
        var groups = new ProvisionGroupCollector();
        var faceting = new FacetingCollector(FacetDimension.Of(criteria), groups, _facets);
        Run(query.Combined(), SearchFilter.ScopeOf(criteria), faceting);
        var snippets = new HitSnippets(query, _searcher, _analyzer);
        var hits = groups.Page(criteria.Skip, criteria.Take)
            .Select(group => ToHit(group.BestDoc, group.BestScore, snippets) with { OtherVersions = group.OtherVersions })
            .ToList();
        return new SearchResults(groups.Count, hits) { Matches = faceting.Matches, Facets = faceting.Facets() };
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
    }

    private void Run(Query query, Filter? filter, ICollector collector) =>
        Bounded(() => _searcher.Search(query, filter, collector));

    private static void Bounded(Action work) => Bounded(() =>
    {
        work();
        return 0;
    });

    private static T Bounded<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (BooleanQuery.TooManyClausesException tooMany)
        {
            throw new InvalidSearchQueryException(
                $"The query stands for more than {BooleanQuery.MaxClauseCount:N0} words; type more letters before * or ?.", tooMany);
        }
    }

    private SearchHit ToHit(int doc, float score, HitSnippets? snippets)
    {
        var document = _searcher.Doc(doc);
        var language = document.Get(IndexSchema.Language);
        var text = document.Get(IndexSchema.Text) ?? "";
        var snippet = snippets is not null ? snippets.Of(doc, language, text) : HtmlText.Escape(text);
        var kind = document.Get(IndexSchema.Kind) ?? "";
        return new SearchHit(
            document.Get(IndexSchema.Slug),
            document.Get(IndexSchema.Version),
            language,
            kind == IndexTerms.Of(Model.InstrumentKind.Procedure) ? ProcedureDivision.Matched(document, text, snippet) : document.Get(IndexSchema.EId),
            document.Get(IndexSchema.Heading),
            snippet,
            score)
        {
            Label = document.Get(IndexSchema.Label),
            InstrumentTitle = document.Get(IndexSchema.InstrumentTitle) ?? "",
            Kind = kind,
            Status = document.Get(IndexSchema.Status) ?? "",
            Date = document.Get(IndexSchema.Date) ?? "",
        };
    }

    // Read once: the index never changes under an open reader.
    private static string[] ReadLanguages(IndexReader reader)
    {
        var languages = new List<string>();
        var terms = MultiFields.GetTerms(reader, IndexSchema.Language);
        if (terms is not null)
        {
            var term = terms.GetEnumerator();
            while (term.MoveNext())
                languages.Add(term.Term.Utf8ToString());
        }
        return [.. languages];
    }
}
