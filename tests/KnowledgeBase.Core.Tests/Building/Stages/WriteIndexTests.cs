using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Building.Stages;

/// <summary>The full build's index, written in runs of instruments side by side (<see cref="IndexRuns"/>).</summary>
public sealed class WriteIndexTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Lazy<LinkedCorpus> Corpus = new(() =>
        BuildPipeline.Read(new BuildOptions(TestPaths.FixtureContent, "", Audience.Public)).Corpus!);

    [Fact]
    public void The_index_holds_the_documents_one_writer_would_write_in_the_same_order()
    {
        var path = _temp.Combine("index");
        var written = WriteIndex.Run(Corpus.Value, path);

        Assert.Equal(Documents(OneWriter()), Documents(path));
        Assert.Equal(written, Documents(path).Count);
    }

    [Fact]
    public void Nothing_of_the_runs_is_left_beside_the_index()
    {
        var path = _temp.Combine("index");
        WriteIndex.Run(Corpus.Value, path);

        Assert.Equal(["index"], System.IO.Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    private string OneWriter()
    {
        var path = _temp.Combine("one-writer");
        using var directory = FSDirectory.Open(path);
        using var writer = new SearchIndexWriter(directory);
        foreach (var instrument in Corpus.Value.Instruments)
            WriteIndex.Add(writer, instrument);
        writer.Commit();
        return path;
    }

    /// <summary>Every document's stored fields, in document order: what a search reads of it, and the order ties are broken in.</summary>
    private static List<string> Documents(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        return [.. Enumerable.Range(0, reader.MaxDoc).Select(i => string.Join("|", reader.Document(i).Fields.Select(f => $"{f.Name}={f.GetStringValue()}")))];
    }
}
