using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Search.Synonyms;
using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace KnowledgeBase.Core.Search;

/// <summary>Writes a new search index: one document per <see cref="SearchEntry"/>.</summary>
/// <remarks>Not thread-safe: the indexer adds entries from one stage. Nothing is visible to readers before <see cref="Commit"/>.</remarks>
public sealed class SearchIndexWriter : IDisposable
{
    /// <summary>A day number indexed for range queries; not tokenized, so no analyzer is asked about a field that is not a language's.</summary>
    private static readonly FieldType DayNumber = NewDayNumberType();

    private const double RamBufferMB = 256;

    /// <summary>Only which words exist and how many documents hold them: no positions, frequencies or norms.</summary>
    private static readonly FieldType SpellingWords = NewSpellingType();

    private readonly LanguageFieldAnalyzer _analyzer = new();
    private readonly IndexWriter _writer;

    /// <summary>Creates a new index in <paramref name="directory"/>, replacing any index already there; or, with
    /// <paramref name="append"/>, opens the index there to replace some instruments' documents (an incremental build's copy).</summary>
    /// <param name="ramBufferMB">How much the writer buffers before it flushes a segment: a full build that writes its index in
    /// several parts at once gives each part a share.</param>
    public SearchIndexWriter(Directory directory, bool append = false, double ramBufferMB = RamBufferMB)
    {
        // A build writes every document once and never updates: a large RAM buffer flushes fewer, larger segments, so there is
        // less merging (Lucene's default of 16 MB flushes a national corpus some fifty times). A new index is written without
        // compound files: packing each flushed segment into one file copies all of it once more, for no gain to a reader.
        var config = new IndexWriterConfig(ContentAnalyzers.Version, _analyzer)
        {
            OpenMode = append ? OpenMode.APPEND : OpenMode.CREATE,
            RAMBufferSizeMB = ramBufferMB,
            UseCompoundFile = append,
        };
        _writer = new IndexWriter(directory, config);
    }

    /// <summary>Appends the documents of other indexes, in the order given, after those this writer holds: their segments are
    /// copied, not analysed again.</summary>
    public void AddIndexes(IEnumerable<Directory> parts) => _writer.AddIndexes([.. parts]);

    public void Add(SearchEntry entry)
    {
        if (!IsLanguageCode(entry.Language))
            throw new ArgumentException($"'{entry.Language}' is not a language code (lower-case letters, digits and hyphens).", nameof(entry));

        _writer.AddDocument(ToDocument(entry));
    }

    /// <summary>The synonym groups the index's readers apply to queries, kept with the index so that both come from one build.</summary>
    public void SetSynonyms(IReadOnlyList<SynonymGroup> groups) =>
        _writer.SetCommitData(new Dictionary<string, string> { [SynonymTable.CommitDataKey] = SynonymTable.Serialize(groups) });

    /// <summary>Removes every document of one instrument (all versions and languages).</summary>
    public void DeleteInstrument(string slug) => _writer.DeleteDocuments(new Term(IndexSchema.Slug, slug));

    public void Commit() => _writer.Commit();

    /// <summary>How many documents the index holds, deletions applied: read after <see cref="Commit"/>.</summary>
    public int Documents => _writer.NumDocs;

    public void Dispose()
    {
        _writer.Dispose();
        _analyzer.Dispose();
    }

    private static Document ToDocument(SearchEntry entry)
    {
        var document = new Document
        {
            new StringField(IndexSchema.Slug, entry.Slug, Field.Store.YES),
            new StringField(IndexSchema.Kind, IndexTerms.Of(entry.Kind), Field.Store.YES),
            new StringField(IndexSchema.Status, IndexTerms.Of(entry.Status), Field.Store.YES),
            new StringField(IndexSchema.Visibility, IndexTerms.Of(entry.Visibility), Field.Store.YES),
            new StringField(IndexSchema.Language, entry.Language, Field.Store.YES),
            new StringField(IndexSchema.Version, entry.Version, Field.Store.YES),
            new StringField(IndexSchema.Date, IndexTerms.Of(entry.Date), Field.Store.YES),
            new StringField(IndexSchema.Newest, IndexTerms.Of(entry.IsNewestVersion), Field.Store.YES),
            new StringField(IndexSchema.NewestPublic, IndexTerms.Of(entry.IsNewestPublicVersion), Field.Store.NO),
            new StringField(IndexSchema.EId, entry.EId, Field.Store.YES),
            new StoredField(IndexSchema.InstrumentTitle, entry.InstrumentTitle),
            // The words are analysed once, unstored; the stored copy in Text is what snippets are cut from.
            new TextField(IndexSchema.TextOf(entry.Language), entry.Text, Field.Store.NO),
            new StoredField(IndexSchema.Text, entry.Text),
            new Field(IndexSchema.Spelling, entry.Heading + "\n" + entry.Text, SpellingWords),
        };
        AddDocValues(document, entry);
        if (entry.InForce is { } inForce)
        {
            document.Add(new Int32Field(IndexSchema.InForceFrom, inForce.From?.DayNumber ?? int.MinValue, DayNumber));
            document.Add(new Int32Field(IndexSchema.InForceUntil, inForce.Until?.DayNumber ?? int.MaxValue, DayNumber));
        }
        foreach (var part in entry.Parts)
        {
            document.Add(new StringField(IndexSchema.Part, part.EId, Field.Store.NO));
            document.Add(new StoredField(IndexSchema.PartSpan, PartSpans.Format(part)));
        }
        if (!string.IsNullOrEmpty(entry.Label))
            document.Add(new StoredField(IndexSchema.Label, entry.Label));
        if (!string.IsNullOrEmpty(entry.Num))
            document.Add(new StringField(IndexSchema.Num, entry.Num, Field.Store.YES));
        if (!string.IsNullOrEmpty(entry.Heading))
        {
            document.Add(new TextField(IndexSchema.HeadingOf(entry.Language), entry.Heading, Field.Store.NO));
            document.Add(new StoredField(IndexSchema.Heading, entry.Heading));
        }
        return document;
    }

    private static FieldType NewDayNumberType()
    {
        var type = new FieldType(Int32Field.TYPE_NOT_STORED) { IsTokenized = false };
        type.Freeze();
        return type;
    }

    private static FieldType NewSpellingType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true };
        type.Freeze();
        return type;
    }

    // Facet counts and grouping read one value per hit; doc values give it without loading the stored document.
    private static void AddDocValues(Document document, SearchEntry entry)
    {
        document.Add(new SortedDocValuesField(IndexSchema.ProvisionGroup, new BytesRef(GroupOf(entry))));
        foreach (var field in IndexSchema.DocValueFields.Where(f => f != IndexSchema.ProvisionGroup))
            document.Add(new SortedDocValuesField(field, new BytesRef(document.Get(field))));
        // A citation's direct answer names the other instruments that have the article: a national corpus has hundreds,
        // whose titles are read here rather than from their stored documents. A title past Lucene's limit stays stored only.
        if (System.Text.Encoding.UTF8.GetByteCount(entry.InstrumentTitle) <= MaxDocValueBytes)
            document.Add(new SortedDocValuesField(IndexSchema.InstrumentTitle, new BytesRef(entry.InstrumentTitle)));
    }

    /// <summary>The longest value a sorted doc-values field takes.</summary>
    private const int MaxDocValueBytes = 32766;

    private static string GroupOf(SearchEntry entry) => $"{entry.Slug}/{entry.ProvisionKey ?? entry.EId}";

    // The code becomes part of field names (text_<code>), so it must not be able to forge another field's name.
    private static bool IsLanguageCode(string language) =>
        language.Length > 0 && language.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
