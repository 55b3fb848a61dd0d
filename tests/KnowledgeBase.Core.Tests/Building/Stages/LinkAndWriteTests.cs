using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;
using Lucene.Net.Index;

namespace KnowledgeBase.Core.Tests.Building.Stages;

/// <summary>A full build's store and index written a batch of instruments at a time, against both written from the whole linked corpus.</summary>
public sealed class LinkAndWriteTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ParsedContent Parse() =>
        BuildPipeline.Parse(new BuildOptions(TestPaths.FixtureContent, "", Audience.Internal), new DiagnosticBag());

    // Every document's stored fields, in document order.
    private static List<string> StoredDocuments(string indexFolder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexFolder);
        using var reader = DirectoryReader.Open(directory);
        return [.. Enumerable.Range(0, reader.MaxDoc).Select(i =>
            string.Join("|", reader.Document(i).Fields.Select(f => $"{f.Name}={f.GetStringValue()}")))];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(LinkAndWrite.ProvisionsPerBatch)]
    public void Writes_the_same_store_and_index_documents_as_the_whole_linked_corpus(int provisionsPerBatch)
    {
        var whole = Directory.CreateDirectory(_temp.Combine("whole")).FullName;
        var parsed = Parse();
        var corpus = BuildPipeline.Link(parsed, new DiagnosticBag());
        StoreWriter.Write(corpus, Path.Combine(whole, StoreSchema.DatabaseFile));
        var indexed = WriteIndex.Run(corpus, Path.Combine(whole, StoreSchema.IndexFolder));
        var batched = Directory.CreateDirectory(_temp.Combine("batched")).FullName;
        var again = Parse();

        var figures = LinkAndWrite.Run(again, new CitationResolver(new ProvisionCatalog(again.Instruments)), new DiagnosticBag(), batched, provisionsPerBatch);

        Assert.NotEmpty(corpus.LegalBasis);
        Assert.Equal(StoreSnapshot.Of(Path.Combine(whole, StoreSchema.DatabaseFile)), StoreSnapshot.Of(Path.Combine(batched, StoreSchema.DatabaseFile)));
        Assert.Equal(StoredDocuments(Path.Combine(whole, StoreSchema.IndexFolder)), StoredDocuments(Path.Combine(batched, StoreSchema.IndexFolder)));
        Assert.Equal(indexed, figures.IndexedDocuments);
    }

    [Fact]
    public void Counts_the_provisions_and_citations_of_every_batch_and_names_every_instrument_for_the_suggestions()
    {
        var parsed = Parse();
        var corpus = BuildPipeline.Link(parsed, new DiagnosticBag());

        var figures = LinkAndWrite.Run(parsed, new CitationResolver(new ProvisionCatalog(parsed.Instruments)), new DiagnosticBag(),
            Directory.CreateDirectory(_temp.Combine("batched")).FullName, provisionsPerBatch: 1);

        Assert.Equal(corpus.Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Sum(t => t.Provisions.Count))), figures.Provisions);
        Assert.Equal([corpus.Citations.Count, corpus.Citations.Count(c => c.Resolved)], [figures.Citations, figures.ResolvedCitations]);
        Assert.Equal(corpus.Instruments.Select(i => i.Instrument.Slug), figures.Suggestions.Select(s => s.Slug));
    }
}
