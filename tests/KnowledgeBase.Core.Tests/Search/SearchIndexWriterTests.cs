using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

public sealed class SearchIndexWriterTests
{
    private static readonly SearchEntry Entry = new("migration-code", InstrumentKind.Code, "Migration Code", "2023-05-amended",
        VersionStatus.InForce, Visibility.Public, new DateOnly(2023, 5, 1), true, "en", "art_45__para_1", "45.1",
        "Temporary residence permit", "A permit is issued for one year.");

    private static RAMDirectory Write(params SearchEntry[] entries)
    {
        var directory = new RAMDirectory();
        using var writer = new SearchIndexWriter(directory);
        foreach (var entry in entries)
            writer.Add(entry);
        writer.Commit();
        return directory;
    }

    [Theory]
    [InlineData(IndexSchema.Slug, "migration-code")]
    [InlineData(IndexSchema.Kind, "code")]
    [InlineData(IndexSchema.Status, "in-force")]
    [InlineData(IndexSchema.Visibility, "public")]
    [InlineData(IndexSchema.Language, "en")]
    [InlineData(IndexSchema.Version, "2023-05-amended")]
    [InlineData(IndexSchema.Date, "2023-05-01")]
    [InlineData(IndexSchema.Newest, "true")]
    [InlineData(IndexSchema.EId, "art_45__para_1")]
    [InlineData(IndexSchema.Num, "45.1")]
    [InlineData(IndexSchema.Heading, "Temporary residence permit")]
    [InlineData(IndexSchema.Text, "A permit is issued for one year.")]
    [InlineData(IndexSchema.InstrumentTitle, "Migration Code")]
    public void Stores_each_value_in_the_spelling_of_content_files(string field, string expected)
    {
        using var directory = Write(Entry);
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(expected, reader.Document(0).Get(field));
    }

    [Theory]
    [InlineData(IndexSchema.Kind, "code")]
    [InlineData(IndexSchema.Status, "in-force")]
    [InlineData(IndexSchema.Newest, "true")]
    [InlineData(IndexSchema.EId, "art_45__para_1")]
    public void Indexes_exact_values_for_filtering(string field, string value)
    {
        using var directory = Write(Entry);
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(1, reader.DocFreq(new Term(field, value)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("EN")]
    [InlineData("en_x")]
    [InlineData("e n")]
    public void Refuses_a_language_code_that_would_forge_a_field_name(string language)
    {
        using var directory = new RAMDirectory();
        using var writer = new SearchIndexWriter(directory);

        Assert.Throws<ArgumentException>(() => writer.Add(Entry with { Language = language }));
    }

    [Fact]
    public void Replaces_an_index_already_in_the_directory()
    {
        using var directory = Write(Entry, Entry with { EId = "art_46" });
        using (var writer = new SearchIndexWriter(directory))
        {
            writer.Add(Entry);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public void A_language_the_corpus_declares_is_folded_and_searchable()
    {
        using var directory = Write(Entry, Entry with
        {
            Language = "lb",
            Heading = "Openthaltserlaabnes",
            Text = "D'Erlaabnis gëtt fir ee Joer ausgestallt.",
        });
        using var index = SearchIndex.Open(directory);

        Assert.Equal(["en", "lb"], index.Languages);
        var hit = Assert.Single(index.Search(new SearchRequest("GETT ausgestallt")).Hits);
        Assert.Equal("lb", hit.Language);
        Assert.Contains("<mark>gëtt</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void French_finds_a_word_behind_an_elided_article()
    {
        using var directory = Write(Entry with
        {
            Language = "fr",
            Heading = "Titre de séjour temporaire",
            Text = "L'employeur informe l’étranger du titre de séjour.",
        });
        using var index = SearchIndex.Open(directory);

        var hit = Assert.Single(index.Search(new SearchRequest("employeur etranger")).Hits);
        Assert.Contains("<mark>L'employeur</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>l’étranger</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Single(index.Search(new SearchRequest("l'employ*")).Hits);
    }
}
