using KnowledgeBase.Core.Rendering;
using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Querying;
using KnowledgeBase.Core.Search.Snippets;
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

    private SearchIndex(DirectoryReader reader)
    {
        _reader = reader;
        _searcher = new IndexSearcher(reader);
        Languages = ReadLanguages(reader);
    }

    /// <summary>The languages the index holds text in, in code order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Opens the index a <see cref="SearchIndexWriter"/> committed in <paramref name="directory"/>.</summary>
    public static SearchIndex Open(Directory directory) => new(DirectoryReader.Open(directory));

    /// <exception cref="InvalidSearchQueryException">The query is malformed, too long or too broad, or a filter or page is out of range.</exception>
    public SearchResults Search(SearchRequest request)
    {
        var criteria = SearchCriteria.From(request);
        if (criteria.Text.Length == 0)
            return SearchResults.None;

        var query = SearchQuery.Parse(criteria.Text, LanguagesFor(criteria), _analyzer);
        if (query.IsEmpty)
            return SearchResults.None;

        var top = Run(query.Combined(), SearchFilter.For(criteria), criteria.Skip + criteria.Take);
        var hits = top.ScoreDocs.Skip(criteria.Skip).Select(found => ToHit(found, query)).ToList();
        return new SearchResults(top.TotalHits, hits);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
    }

    private IReadOnlyList<string> LanguagesFor(SearchCriteria criteria) =>
        criteria.Language is null ? Languages
        : Languages.Contains(criteria.Language, StringComparer.Ordinal) ? [criteria.Language]
        : [];

    private TopDocs Run(Query query, Filter? filter, int count)
    {
        try
        {
            return _searcher.Search(query, filter, count);
        }
        catch (BooleanQuery.TooManyClausesException tooMany)
        {
            throw new InvalidSearchQueryException(
                $"The query stands for more than {BooleanQuery.MaxClauseCount:N0} words; type more letters before * or ?.", tooMany);
        }
    }

    private SearchHit ToHit(ScoreDoc found, SearchQuery query)
    {
        var document = _searcher.Doc(found.Doc);
        var language = document.Get(IndexSchema.Language);
        var text = document.Get(IndexSchema.Text) ?? "";
        var snippet = query.ByLanguage.TryGetValue(language, out var ofLanguage)
            ? SnippetCutter.Cut(ofLanguage, IndexSchema.TextOf(language), _analyzer, text)
            : HtmlText.Escape(text);
        return new SearchHit(
            document.Get(IndexSchema.Slug),
            document.Get(IndexSchema.Version),
            language,
            document.Get(IndexSchema.EId),
            document.Get(IndexSchema.Heading),
            snippet,
            found.Score);
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
