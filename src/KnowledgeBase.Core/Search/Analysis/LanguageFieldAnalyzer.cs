using Lucene.Net.Analysis;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Analyses each language field (<c>text_az</c>, <c>heading_ru</c>…) with its language's <see cref="ContentAnalyzer"/>.</summary>
/// <remarks>
/// Lucene's PerFieldAnalyzerWrapper needs every field named up front; a corpus may declare new languages, so the
/// language is read from the field name instead. One instance serves the index writer, the query parser and the
/// highlighter, which is what keeps index-time and query-time analysis identical.
/// </remarks>
internal sealed class LanguageFieldAnalyzer : AnalyzerWrapper
{
    private readonly Dictionary<string, ContentAnalyzer> _byLanguage = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SpellingAnalyzer _spelling = new();

    public LanguageFieldAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    public ContentAnalyzer ForLanguage(string language)
    {
        lock (_gate)
        {
            if (!_byLanguage.TryGetValue(language, out var analyzer))
            {
                analyzer = ContentAnalyzers.For(language);
                _byLanguage.Add(language, analyzer);
            }
            return analyzer;
        }
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => fieldName == IndexSchema.Spelling
        ? _spelling
        : ForLanguage(IndexSchema.LanguageOf(fieldName)
            ?? throw new ArgumentException($"'{fieldName}' is not a language field of the search index.", nameof(fieldName)));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                foreach (var analyzer in _byLanguage.Values)
                    analyzer.Dispose();
                _byLanguage.Clear();
            }
            _spelling.Dispose();
        }
        base.Dispose(disposing);
    }
}
