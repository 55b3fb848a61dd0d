using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>The new build's index opened for writing, the documents of what is read again deleted, waiting for their new documents.</summary>
/// <remarks>Opening the writer on the index taken over from the published build reads every segment's header (some 50 ms at
/// national scale) and needs nothing linked, so it runs while the edited texts are linked. Deletions are only buffered
/// until <see cref="Finish"/> commits, as they were when made just before adding.</remarks>
internal sealed class IndexReplacement : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly SearchIndexWriter _writer;
    private bool _committed;
    private bool _disposed;

    private IndexReplacement(FSDirectory directory, SearchIndexWriter writer)
    {
        _directory = directory;
        _writer = writer;
    }

    /// <summary>Opens the index at <paramref name="indexPath"/> and deletes the documents of the instruments read whole and of the versions read again.</summary>
    public static IndexReplacement Begin(string indexPath, IReadOnlyCollection<string> whole, IEnumerable<(string Slug, string Version)> versions)
    {
        var directory = FSDirectory.Open(indexPath);
        SearchIndexWriter? writer = null;
        try
        {
            writer = new SearchIndexWriter(directory, append: true);
            foreach (var slug in whole)
                writer.DeleteInstrument(slug);
            foreach (var (slug, version) in versions)
                writer.DeleteVersion(slug, version);
            return new IndexReplacement(directory, writer);
        }
        catch
        {
            writer?.Rollback();
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Deletes the documents of the instruments read whole after all (<paramref name="alsoWhole"/>: version edits the
    /// proof turned down), adds the documents of the instruments read whole and of the versions read again (each edit's outline
    /// tells which version is newest and in force when), commits, and returns how many documents the index holds.</summary>
    public int Finish(IReadOnlyCollection<string> alsoWhole, LinkedCorpus wholeCorpus, IReadOnlyList<(VersionEdit Edit, LinkedInstrument Outline)> edits)
    {
        foreach (var slug in alsoWhole)
            _writer.DeleteInstrument(slug);
        foreach (var instrument in wholeCorpus.Instruments)
            WriteIndex.Add(_writer, instrument);
        foreach (var (edit, outline) in edits)
            WriteIndex.Add(_writer, outline, edit.Changed);
        _writer.Commit();
        _committed = true;
        return _writer.Documents;
    }

    /// <summary>Closes the writer; one never committed is rolled back, so that an abandoned build writes nothing more.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!_committed)
            _writer.Rollback();
        _writer.Dispose();
        _directory.Dispose();
    }
}
