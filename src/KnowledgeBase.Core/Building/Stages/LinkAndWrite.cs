using KnowledgeBase.Core.Catalogue;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Links the parsed instruments a batch at a time and writes each batch to the
/// store and the index before the next is held, so that a build never holds the whole corpus's HTML and plain text.</summary>
/// <remarks>
/// A national build used to hold every provision's HTML and plain text from linking until the index was written (its peak was
/// 2.9 GB; 2.2 GB with batches, see bench/README.md), and the garbage collector's work grew with that heap. The store and the index get the same records in the same order as from the whole corpus: each batch
/// is the next run of instruments in corpus order, and citations resolve against the whole catalogue whatever the batch.
/// While this thread indexes a batch, the store writes it on another and the next batch is linked on a third, so a build
/// still keeps both cores of a small server busy.
/// </remarks>
public static class LinkAndWrite
{
    /// <summary>About this many provisions are linked and held at a time (an instrument larger than that is one batch).</summary>
    public const int ProvisionsPerBatch = 10_000;

    /// <param name="provisionsPerBatch">About how many provisions a batch holds; <see cref="ProvisionsPerBatch"/> unless a test says otherwise.</param>
    /// <returns>What the build's summary and its suggestion list need, counted over every batch.</returns>
    public static LinkedFigures Run(ParsedContent parsed, CitationResolver resolver, DiagnosticBag diagnostics, string buildFolder,
        int provisionsPerBatch = ProvisionsPerBatch)
    {
        var legalBasis = ResolveLegalBasis.Run(parsed.Instruments, resolver, diagnostics);
        var batches = LinkCitations.InBatches(parsed.Instruments, resolver, parsed.Languages, diagnostics, parsed.Links, provisionsPerBatch)
            .GetEnumerator();
        var figures = new LinkedFigures();

        var databasePath = Path.Combine(buildFolder, StoreSchema.DatabaseFile);
        StoreWriter.Write(new LinkedCorpus([], [], []), databasePath); // a new store with its indexes, which the batches fill
        using var database = StoreWriter.Open(databasePath);
        using var shards = ProvisionShards.OpenForWriting(databasePath, ProvisionShards.CountOf(databasePath));
        using var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(buildFolder, StoreSchema.IndexFolder));
        using var index = new SearchIndexWriter(directory);
        index.SetSynonyms(parsed.Synonyms);

        Task<LinkedCorpus?> linking = Task.Run(() => Next(batches, legalBasis));
        Task? storing = null;
        try
        {
            while (linking.GetAwaiter().GetResult() is { } batch)
            {
                linking = Task.Run(() => Next(batches, legalBasis));
                storing?.GetAwaiter().GetResult();
                storing = Task.Run(() => Store(database, shards, batch));
                foreach (var instrument in batch.Instruments)
                {
                    figures.IndexedDocuments += WriteIndex.Add(index, instrument);
                    figures.Suggestions.Add(WriteSuggestions.Of(instrument));
                    figures.Catalogue.Add(CataloguedInstrument.Of(instrument));
                }
                figures.Count(batch);
            }
            storing?.GetAwaiter().GetResult();
        }
        finally
        {
            // Nothing may still write into the folder when the caller discards it after a failure.
            WaitQuietly(linking);
            WaitQuietly(storing);
            batches.Dispose();
        }
        index.Commit();
        database.Checkpoint();
        shards.Checkpoint();
        return figures;
    }

    // Batches are taken one at a time, each on the task after the previous one's, so the enumerator is never used by two threads.
    private static LinkedCorpus? Next(
        IEnumerator<(IReadOnlyList<LinkedInstrument> Instruments, IReadOnlyList<Citation> Citations)> batches, IReadOnlyList<ResolvedLegalBasis> legalBasis)
    {
        if (!batches.MoveNext())
            return null;
        var (instruments, citations) = batches.Current;
        var slugs = instruments.Select(i => i.Instrument.Slug).ToHashSet(StringComparer.Ordinal);
        return new LinkedCorpus(instruments, citations, [.. legalBasis.Where(l => slugs.Contains(l.ProcedureSlug))]);
    }

    // The store is new, so there is nothing to delete: the batch's records are only inserted. StoreWriter stays the one place
    // that maps records to the store.
    // The provision shards are closed after each batch so that their page caches do not all grow at once (see ProvisionShards.Release).
    private static void Store(LiteDatabase database, ProvisionShards shards, LinkedCorpus batch)
    {
        StoreWriter.Insert(database, shards, batch);
        shards.Release();
    }

    private static void WaitQuietly(Task? task)
    {
        try
        {
            task?.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // The first failure is the one rethrown; this only makes sure the task has ended.
        }
    }
}
