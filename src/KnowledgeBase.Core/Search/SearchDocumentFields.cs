using KnowledgeBase.Core.Search.Spelling;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Core.Search;

/// <summary>The fields of one writer's documents, made once and given each entry's values in turn.</summary>
/// <remarks>
/// Lucene makes a token stream per field object, and every new one looks up its attribute classes under a global lock: with
/// some twenty fields a document, a national build made millions of them (the lock's slow path showed in a profile of the
/// index stage). A field object keeps its stream, so reusing the fields reuses the streams. Safe because a writer adds one document at a
/// time and is done with its fields when <c>AddDocument</c> returns. The fields go into each document in the order the
/// index has always stored them.
/// </remarks>
internal sealed class SearchDocumentFields : IDisposable
{
    /// <summary>A day number indexed for range queries; not tokenized, so no analyzer is asked about a field that is not a language's.</summary>
    private static readonly FieldType DayNumber = NewDayNumberType();

    /// <summary>Only which words exist and how many documents hold them: no positions, frequencies or norms.</summary>
    private static readonly FieldType SpellingWordsType = NewSpellingType();

    /// <summary>The longest value a sorted doc-values field takes.</summary>
    private const int MaxDocValueBytes = 32766;

    private readonly StringField _slug = Keyword(IndexSchema.Slug);
    private readonly StringField _kind = Keyword(IndexSchema.Kind);
    private readonly StringField _status = Keyword(IndexSchema.Status);
    private readonly StringField _visibility = Keyword(IndexSchema.Visibility);
    private readonly StringField _language = Keyword(IndexSchema.Language);
    private readonly StringField _version = Keyword(IndexSchema.Version);
    private readonly StringField _date = Keyword(IndexSchema.Date);
    private readonly StringField _newest = Keyword(IndexSchema.Newest);
    private readonly StringField _newestPublic = new(IndexSchema.NewestPublic, "", Field.Store.NO);
    private readonly StringField _eId = Keyword(IndexSchema.EId);
    private readonly StoredField _instrumentTitle = new(IndexSchema.InstrumentTitle, "");
    private readonly StoredField _text = new(IndexSchema.Text, "");
    private readonly SpellingWords _spellingWords = new();
    private readonly WordListTokenStream _spellingStream = new();
    private readonly Field _spelling;
    private readonly SortedDocValuesField _groupValue = new(IndexSchema.ProvisionGroup, new BytesRef());
    private readonly SortedDocValuesField _instrumentTitleValue = new(IndexSchema.InstrumentTitle, new BytesRef());
    private readonly Int32Field _inForceFrom = new(IndexSchema.InForceFrom, 0, DayNumber);
    private readonly Int32Field _inForceUntil = new(IndexSchema.InForceUntil, 0, DayNumber);
    private readonly StoredField _label = new(IndexSchema.Label, "");
    private readonly StringField _num = Keyword(IndexSchema.Num);
    private readonly StoredField _heading = new(IndexSchema.Heading, "");
    private readonly Dictionary<string, (TextField Text, TextField Heading)> _byLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDocValuesField> _values = new(StringComparer.Ordinal);
    private readonly List<(StringField Part, StoredField Span)> _parts = [];

    public SearchDocumentFields() => _spelling = new Field(IndexSchema.Spelling, _spellingStream, SpellingWordsType);

    public Document Of(SearchEntry entry)
    {
        var (text, heading) = LanguageFields(entry.Language);
        var document = new Document
        {
            Set(_slug, entry.Slug),
            Set(_kind, IndexTerms.Of(entry.Kind)),
            Set(_status, IndexTerms.Of(entry.Status)),
            Set(_visibility, IndexTerms.Of(entry.Visibility)),
            Set(_language, entry.Language),
            Set(_version, entry.Version),
            Set(_date, IndexTerms.Of(entry.Date)),
            Set(_newest, IndexTerms.Of(entry.IsNewestVersion)),
            Set(_newestPublic, IndexTerms.Of(entry.IsNewestPublicVersion)),
            Set(_eId, entry.EId),
            Set(_instrumentTitle, entry.InstrumentTitle),
            // The words are analysed once, unstored; the stored copy in Text is what snippets are cut from.
            Set(text, entry.Text),
            Set(_text, entry.Text),
        };
        if (_spellingWords.NewIn(entry) is { Count: > 0 } words)
        {
            _spellingStream.SetWords(words);
            document.Add(_spelling);
        }
        AddDocValues(document, entry);
        if (entry.InForce is { } inForce)
        {
            _inForceFrom.SetInt32Value(inForce.From?.DayNumber ?? int.MinValue);
            _inForceUntil.SetInt32Value(inForce.Until?.DayNumber ?? int.MaxValue);
            document.Add(_inForceFrom);
            document.Add(_inForceUntil);
        }
        for (var i = 0; i < entry.Parts.Count; i++)
        {
            if (i == _parts.Count)
                _parts.Add((new StringField(IndexSchema.Part, "", Field.Store.NO), new StoredField(IndexSchema.PartSpan, "")));
            document.Add(Set(_parts[i].Part, entry.Parts[i].EId));
            document.Add(Set(_parts[i].Span, PartSpans.Format(entry.Parts[i])));
        }
        if (!string.IsNullOrEmpty(entry.Label))
            document.Add(Set(_label, entry.Label));
        if (!string.IsNullOrEmpty(entry.Num))
            document.Add(Set(_num, entry.Num));
        if (!string.IsNullOrEmpty(entry.Heading))
        {
            document.Add(Set(heading, entry.Heading));
            document.Add(Set(_heading, entry.Heading));
        }
        return document;
    }

    // Facet counts and grouping read one value per hit; doc values give it without loading the stored document.
    private void AddDocValues(Document document, SearchEntry entry)
    {
        _groupValue.SetBytesValue(new BytesRef($"{entry.Slug}/{entry.ProvisionKey ?? entry.EId}"));
        document.Add(_groupValue);
        foreach (var field in IndexSchema.DocValueFields.Where(f => f != IndexSchema.ProvisionGroup))
            document.Add(Value(field, document.Get(field)));
        // A citation's direct answer names the other instruments that have the article: a national corpus has hundreds,
        // whose titles are read here rather than from their stored documents. A title past Lucene's limit stays stored only.
        if (System.Text.Encoding.UTF8.GetByteCount(entry.InstrumentTitle) <= MaxDocValueBytes)
        {
            _instrumentTitleValue.SetBytesValue(new BytesRef(entry.InstrumentTitle));
            document.Add(_instrumentTitleValue);
        }
    }

    private SortedDocValuesField Value(string name, string value)
    {
        if (!_values.TryGetValue(name, out var field))
            _values.Add(name, field = new SortedDocValuesField(name, new BytesRef()));
        field.SetBytesValue(new BytesRef(value));
        return field;
    }

    private (TextField Text, TextField Heading) LanguageFields(string language)
    {
        if (!_byLanguage.TryGetValue(language, out var fields))
        {
            fields = (new TextField(IndexSchema.TextOf(language), "", Field.Store.NO), new TextField(IndexSchema.HeadingOf(language), "", Field.Store.NO));
            _byLanguage.Add(language, fields);
        }
        return fields;
    }

    public void Dispose() => _spellingStream.Dispose();

    private static T Set<T>(T field, string value)
        where T : Field
    {
        field.SetStringValue(value);
        return field;
    }

    private static StringField Keyword(string name) => new(name, "", Field.Store.YES);

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
}
