using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Search.Synonyms;
using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Index;
using Directory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Core.Search;

/// <summary>Writes a new search index: one document per <see cref="SearchEntry"/>.</summary>
/// <remarks>Not thread-safe: the indexer adds entries from one stage. Nothing is visible to readers before <see cref="Commit"/>.</remarks>
public sealed class SearchIndexWriter : IDisposable
{
    private const double RamBufferMB = 256;

    private readonly LanguageFieldAnalyzer _analyzer = new();
    private readonly SearchDocumentFields _fields = new();
    private readonly IndexWriter _writer;

    /// <summary>Creates a new index in <paramref name="directory"/>, replacing any index already there; or, with
    /// <paramref name="append"/>, opens the index there to replace some instruments' documents (an incremental build's copy).</summary>
    public SearchIndexWriter(Directory directory, bool append = false)
    {
        // A build writes every document once and never updates: a large RAM buffer flushes fewer, larger segments, so there is
        // less merging (Lucene's default of 16 MB flushes a national corpus some fifty times).
        var config = new IndexWriterConfig(ContentAnalyzers.Version, _analyzer) { OpenMode = append ? OpenMode.APPEND : OpenMode.CREATE, RAMBufferSizeMB = RamBufferMB };
        _writer = new IndexWriter(directory, config);
    }

    public void Add(SearchEntry entry)
    {
        if (!IsLanguageCode(entry.Language))
            throw new ArgumentException($"'{entry.Language}' is not a language code (lower-case letters, digits and hyphens).", nameof(entry));

        _writer.AddDocument(_fields.Of(entry));
    }

    /// <summary>The synonym groups the index's readers apply to queries, kept with the index so that both come from one build.</summary>
    public void SetSynonyms(IReadOnlyList<SynonymGroup> groups) =>
        _writer.SetCommitData(new Dictionary<string, string> { [SynonymTable.CommitDataKey] = SynonymTable.Serialize(groups) });

    /// <summary>Removes every document of one instrument (all versions and languages).</summary>
    public void DeleteInstrument(string slug) => _writer.DeleteDocuments(new Term(IndexSchema.Slug, slug));

    /// <summary>Removes every document of one version of one instrument (all its languages).</summary>
    public void DeleteVersion(string slug, string version) => _writer.DeleteDocuments(new Lucene.Net.Search.BooleanQuery
    {
        { new Lucene.Net.Search.TermQuery(new Term(IndexSchema.Slug, slug)), Lucene.Net.Search.Occur.MUST },
        { new Lucene.Net.Search.TermQuery(new Term(IndexSchema.Version, version)), Lucene.Net.Search.Occur.MUST },
    });

    public void Commit() => _writer.Commit();

    /// <summary>Drops every change since the last commit and closes the writer (Lucene's dispose would commit them).</summary>
    public void Rollback() => _writer.Rollback();

    /// <summary>How many documents the index holds, deletions applied: read after <see cref="Commit"/>.</summary>
    public int Documents => _writer.NumDocs;

    public void Dispose()
    {
        _writer.Dispose();
        _fields.Dispose();
        _analyzer.Dispose();
    }

    // The code becomes part of field names (text_<code>), so it must not be able to forge another field's name.
    private static bool IsLanguageCode(string language) =>
        language.Length > 0 && language.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
