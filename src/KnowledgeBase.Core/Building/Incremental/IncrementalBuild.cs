using System.Diagnostics;
using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Makes a new build from the published one by reading, linking and writing again only the instruments that changed.</summary>
/// <remarks>
/// The new build starts from the published one in its own partial folder (<c>kb.db</c> and the changed instruments'
/// provision shards copied, because LiteDB writes them in place; the other shards and Lucene's write-once segment files
/// hard-linked: see <see cref="PublishedFiles"/>), and is published through <c>CURRENT</c>
/// like any build; the published build is never modified. The changed instruments are
/// parsed, linked against the published store (read on demand, for the instruments they cite) and replace their old
/// records, index documents and suggested names. When an edit changes what citations elsewhere can resolve to (a provision
/// renumbered, added or removed, a version added, an instrument added or removed: see <see cref="CitableOutline"/>) the
/// citing texts would have to be linked again, and the store does not know which unresolved citations meant the changed
/// instrument; the build then falls back to a full one.
/// An instrument whose version files alone changed is read version by version (<see cref="VersionEdit"/>): its other
/// versions' files are read for their front matter only, its changed versions parsed, linked, and written in place of their
/// records and index documents (by version key); when that cannot be shown equivalent (<see cref="VersionEdits"/>) it is
/// read whole, and the build's <see cref="BuildResult.Incremental"/> says why.
/// </remarks>
public static class IncrementalBuild
{
    /// <summary>The outcome, or null (with <paramref name="fallback"/> saying why) when the build must be a full one instead.</summary>
    /// <param name="previous">The inventory the published build in <paramref name="previousBuild"/> keeps; <paramref name="inventory"/> is the content's now.</param>
    public static BuildResult? TryRun(BuildOptions options, RebuildPlan plan, ContentInventory previous, ContentInventory inventory, BuildFolders folders,
        string previousBuild, out string? fallback, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // The builds the last publication pruned are deleted while this one works (see BuildPublisher).
        var deleting = Task.Run(() => BuildPublisher.DeletePruned(folders));
        try
        {
            return TryRun(options, plan, previous, inventory, folders, previousBuild, clock, deleting, out fallback, progress);
        }
        finally
        {
            deleting.Wait();
        }
    }

    private static BuildResult? TryRun(BuildOptions options, RebuildPlan plan, ContentInventory previous, ContentInventory inventory, BuildFolders folders,
        string previousBuild, Stopwatch clock, Task deleting, out string? fallback, IProgress<string>? progress)
    {
        fallback = Unusable(previousBuild, out var manifest, out var sources, out var shortNames);
        if (fallback is not null)
            return null;

        var stamp = BuildFolders.NewStamp();
        var partial = folders.PartialPath(stamp);
        Directory.CreateDirectory(partial);
        Task? store = null;
        Task<IndexReplacement>? index = null;
        // The content's fingerprint (sorting and hashing 40,000 paths) is wanted only by the manifest: it is taken meanwhile.
        var fingerprint = Task.Run(() => options.ContentFingerprint ?? ContentFingerprint.Of(inventory));
        try
        {
            PublishedFiles.TakeOver(previousBuild, partial);
            // Copying kb.db and a shard moves ~100 MB at national scale: it runs while the changed instruments are read, linked
            // against the published store (opened read-only, as the site opens it) and indexed.
            store = Task.Run(() => PublishedFiles.CopyStore(previousBuild, partial, plan.Instruments));

            var diagnostics = new DiagnosticBag();
            var edits = new Dictionary<string, VersionEdit>(StringComparer.Ordinal);
            HashSet<string>? deletedWhole = null;
            // What is read again is known once the instruments' front matter is: its old records and documents are deleted
            // from the new build's copies while its texts are parsed and linked (parsing or linking one edited text leaves a
            // core free). An edit the proof turns down is deleted whole later (Finish).
            void BeginReplacing(HashSet<string> whole, List<(string Slug, string Version)> versions)
            {
                deletedWhole = whole;
                var copy = store;
                store = Task.Run(() =>
                {
                    copy!.GetAwaiter().GetResult();
                    return StoreReplacement.Begin(Path.Combine(partial, StoreSchema.DatabaseFile), whole, versions);
                });
                index = Task.Run(() => IndexReplacement.Begin(Path.Combine(partial, StoreSchema.IndexFolder), whole, versions));
            }
            var parsed = BuildPipeline.Parse(options, diagnostics, progress, plan.Instruments,
                sources =>
                {
                    var narrowed = VersionEdit.Narrow(sources, plan.VersionFiles, edits);
                    if (deletedWhole is null)
                        BeginReplacing(plan.Instruments.Where(slug => !edits.ContainsKey(slug)).ToHashSet(StringComparer.Ordinal), [.. edits.Values.SelectMany(e => e.Versions)]);
                    return narrowed;
                },
                path => VersionEdits.BodyNeeded(plan, path));
            var changed = plan.Instruments.ToHashSet(StringComparer.Ordinal);
            var notes = new List<string>();
            HashSet<string> whole;
            LinkedCorpus corpus;
            StoreCounts before;
            var publishedStore = Path.Combine(previousBuild, StoreSchema.DatabaseFile);
            using (var database = KnowledgeStore.OpenFile(publishedStore))
            using (var shards = ProvisionShards.OpenReadOnly(publishedStore, database))
            {
                progress?.Report("comparing outlines");
                var published = new PublishedCatalog(database, shards);
                foreach (var slug in changed)
                    shortNames!.Remove(slug);
                foreach (var (slug, names) in ShortNames.Of(parsed.Instruments.Select(i => i.Instrument)))
                    shortNames![slug] = names;
                parsed = VersionEdits.Prove(parsed, edits, published, database, slug => VersionEdits.ReadWhole(options, slug, diagnostics), notes);
                whole = changed.Where(slug => !edits.ContainsKey(slug)).ToHashSet(StringComparer.Ordinal);
                fallback = OutlineChange(parsed, [.. whole], published, database);
                if (fallback is not null)
                {
                    Abandon(partial, store, index);
                    return null;
                }
                if (deletedWhole is null)
                    BeginReplacing(whole, [.. edits.Values.SelectMany(e => e.Versions)]);
                // A version edit's instrument is cited as published (its outline is the published one): the parsed one holds
                // only its edited versions.
                corpus = BuildPipeline.Link(parsed, diagnostics, progress,
                    new ProvisionCatalog(parsed.Instruments.Where(i => !edits.ContainsKey(i.Instrument.Slug)), slug => whole.Contains(slug) ? null : published.ReadOnDemand(slug)),
                    language => ShortNames.In(shortNames!, language));
                if (diagnostics.Sorted().Any(d => d.Severity == Severity.Error))
                {
                    Abandon(partial, store, index);
                    return Result(false, null, manifest!, diagnostics, parsed, plan, [.. edits.Values.Select(e => e.ToString()), .. notes], clock);
                }
                before = StoreCounts.Of(database, shards, whole) + StoreCounts.Of(database, shards, edits.Values.SelectMany(e => e.Versions));
            }

            var wholeCorpus = Of(corpus, whole);
            // Version edits the proof turned down: their versions' records are deleted, the rest of the instrument not yet.
            var demoted = whole.Except(deletedWhole!).ToList();
            var versionCorpus = Of(corpus, edits.Keys);
            var outlines = versionCorpus.Instruments.Select(i => (Edit: edits[i.Instrument.Slug], Outline: edits[i.Instrument.Slug].Outline(i))).ToList();
            var renamed = outlines.Where(o => o.Edit.NamesMayChange).Select(o => o.Outline).ToList();
            var outlineCorpus = new LinkedCorpus([.. wholeCorpus.Instruments, .. outlines.Select(o => o.Outline)], [], []);
            // The store's new records are inserted on another thread (once the old are deleted) while this one writes the index,
            // as a full build writes both at once; that thread then writes the suggestions and side files, which need neither
            // (some 100 ms at national scale: the catalogue, the inventory), so that the two threads finish about together.
            var begun = (Task<StoreReplacement>)store;
            store = Task.Run(() =>
            {
                using (var replacement = begun.GetAwaiter().GetResult())
                    replacement.Finish(demoted, wholeCorpus, versionCorpus);
                ReplaceSuggestions(partial, previousBuild, sources!,
                    [.. whole, .. renamed.Select(i => i.Instrument.Slug)], [.. wholeCorpus.Instruments, .. renamed]);
                RewriteSideFiles(partial, previousBuild, options, shortNames!, previous, inventory, changed, outlineCorpus);
            });
            progress?.Report("writing the index: replacing their documents (the store's records, then the suggestions and side files, beside it)");
            int indexed;
            using (var replacement = index!.GetAwaiter().GetResult())
                indexed = replacement.Finish(demoted, wholeCorpus, outlines);

            progress?.Report($"writing the store: replacing {whole.Count} instruments and {edits.Values.Sum(e => e.Changed.Count)} versions, and the side files");
            store.GetAwaiter().GetResult();
            var after = StoreCounts.Of(wholeCorpus) + (StoreCounts.Of(versionCorpus) with { Instruments = 0 });

            manifest = manifest! with
            {
                Stamp = stamp,
                ContentFingerprint = fingerprint.GetAwaiter().GetResult(),
                CreatedUtc = DateTimeOffset.UtcNow,
                Instruments = manifest.Instruments - before.Instruments + after.Instruments,
                Versions = manifest.Versions - before.Versions + after.Versions,
                Provisions = manifest.Provisions - before.Provisions + after.Provisions,
                Citations = manifest.Citations - before.Citations + after.Citations,
                ResolvedCitations = manifest.ResolvedCitations - before.ResolvedCitations + after.ResolvedCitations,
                IndexedDocuments = indexed,
            };
            progress?.Report("writing the manifest");
            manifest = manifest with { Files = BuildFile.List(partial) };
            manifest.WriteTo(partial);
            progress?.Report("publishing");
            deleting.Wait();
            BuildPublisher.Publish(folders, stamp, deferDeletion: true);
            return Result(true, stamp, manifest, diagnostics, parsed, plan, [.. edits.Values.Select(e => e.ToString()), .. notes], clock);
        }
        catch
        {
            Abandon(partial, store, index);
            throw;
        }
    }

    /// <summary>Writes the files every build writes afresh (<see cref="PublishedFiles"/> takes none of them over): the one
    /// place for a side file that an incremental build must write again as a full build does.</summary>
    private static void RewriteSideFiles(string partial, string previousBuild, BuildOptions options, SortedDictionary<string, Dictionary<string, List<string>>> shortNames,
        ContentInventory previous, ContentInventory inventory, HashSet<string> changed, LinkedCorpus corpus)
    {
        ShortNames.Write(shortNames, partial);
        WriteCatalogue.Replace(previousBuild, partial, changed, corpus);
        var publishedPaths = PublishedPaths(corpus);
        inventory.Published(options.Audience, path => ContentInventory.SlugOf(path) is { } slug && !changed.Contains(slug)
            ? previous.Files.ContainsKey(path)
            : publishedPaths.Contains(path)).WriteTo(partial);
    }

    /// <summary>Removes the partial build once the store's copy into it, or its writing, and the index's have stopped (a
    /// store or index opened and not yet written is closed, the index rolled back).</summary>
    private static void Abandon(string partial, Task? store, Task<IndexReplacement>? index)
    {
        foreach (var task in new[] { store, index })
        {
            try
            {
                task?.Wait();
            }
            catch (AggregateException)
            {
                // The copy's or writing's failure matters no more: the folder is removed.
            }
        }
        if (store is Task<StoreReplacement> { IsCompletedSuccessfully: true } opened)
            opened.Result.Dispose();
        if (index is { IsCompletedSuccessfully: true })
            index.Result.Dispose();
        BuildPublisher.Discard(partial);
    }

    /// <summary>Makes the suggestion list again when a changed instrument's names changed; the copied list stands otherwise.</summary>
    /// <remarks>The list keeps the first of a repeated name, so it is made again from every instrument's names, which takes
    /// a second at national scale; an edit to the words of an act, not its headings, leaves every name as it was.</remarks>
    /// <param name="changed">The instruments whose names are made again, from <paramref name="instruments"/> (a version edit's outline
    /// when it edited a newest text; a version edit that did not keeps its names and is not here).</param>
    private static void ReplaceSuggestions(string partial, string previousBuild, Dictionary<string, string> digests, HashSet<string> changed,
        IReadOnlyList<LinkedInstrument> instruments)
    {
        var replaced = instruments.Select(WriteSuggestions.Of).ToList();
        var same = replaced.Count == changed.Count && replaced.All(r => digests.GetValueOrDefault(r.Slug) == SuggestionSources.Digest(r));
        if (same)
            return;
        var suggestions = (SuggestionSources.Read(previousBuild) ?? throw new InvalidDataException($"the published build's {SuggestionSources.FileName} cannot be read"))
            .Where(s => !changed.Contains(s.Slug))
            .Concat(replaced)
            .OrderBy(s => s.Slug, StringComparer.Ordinal)
            .ToList();
        PublishedFiles.Unshare(partial, PublishedFiles.Suggestions);
        WriteSuggestions.Run(suggestions, partial);
    }

    /// <summary>The content files a corpus was read from, as inventory paths: its instruments' folders' files and its texts.</summary>
    public static HashSet<string> PublishedPaths(LinkedCorpus corpus)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instrument in corpus.Instruments)
        {
            paths.Add($"{instrument.Instrument.Slug}/{Stages.DiscoverFiles.InstrumentFileName}");
            foreach (var text in instrument.Versions.SelectMany(v => v.Texts))
                paths.Add(text.Text.Path[(text.Text.Path.IndexOf('/') + 1)..]);
        }
        return paths;
    }

    /// <summary>Why the published build cannot be started from, or null when it can.</summary>
    private static string? Unusable(string previousBuild, out BuildManifest? manifest, out Dictionary<string, string>? sources,
        out SortedDictionary<string, Dictionary<string, List<string>>>? shortNames)
    {
        sources = null;
        shortNames = ShortNames.Read(previousBuild);
        manifest = BuildManifest.ReadFrom(previousBuild);
        if (shortNames is null)
            return "the published build keeps no short names";
        if (manifest is null)
            return "the published build has no readable manifest";
        if (BuildFile.Mismatch(previousBuild, manifest.Files) is { } damage)
            return $"the published build is damaged: {damage}";
        if (manifest.Files?.Any(f => f.Path == ProvisionShards.FileName(0)) != true)
            return "the published build keeps its provisions in kb.db (made before they were split into shards)";
        sources = SuggestionSources.ReadDigests(previousBuild);
        return sources is null || !File.Exists(Path.Combine(previousBuild, SuggestionSources.FileName)) ? "the published build keeps no suggestion sources" : null;
    }

    /// <summary>Why the edit reaches beyond the changed instruments (the first one whose citable outline moved), or null.</summary>
    private static string? OutlineChange(ParsedContent parsed, IReadOnlyList<string> changed, PublishedCatalog published, LiteDatabase database)
    {
        var instruments = database.GetCollection<StoredInstrument>(StoreSchema.Instruments);
        foreach (var slug in changed)
        {
            var now = parsed.Instruments.FirstOrDefault(i => i.Instrument.Slug == slug);
            var stored = instruments.FindById(slug);
            var before = CitableOutline.Of(published.Read(slug), stored?.ShortNames.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)n.Value));
            if ((now is null ? "" : CitableOutline.Of(now)) != before)
                return $"{slug}: {(now is null ? "removed" : stored is null ? "added" : "its provisions, versions or short names changed")}, which citations elsewhere may depend on";
        }
        return null;
    }

    /// <summary>The part of a linked corpus that belongs to <paramref name="slugs"/>: their instruments, the citations in them, their legal bases.</summary>
    private static LinkedCorpus Of(LinkedCorpus corpus, IReadOnlyCollection<string> slugs) => corpus with
    {
        Instruments = [.. corpus.Instruments.Where(i => slugs.Contains(i.Instrument.Slug))],
        Citations = [.. corpus.Citations.Where(c => slugs.Contains(c.Source.Slug))],
        LegalBasis = [.. corpus.LegalBasis.Where(l => slugs.Contains(l.ProcedureSlug))],
    };

    /// <param name="notes">What was read version by version, and why an instrument was read whole instead: told after the plan's reason.</param>
    private static BuildResult Result(bool succeeded, string? stamp, BuildManifest manifest, DiagnosticBag diagnostics, ParsedContent parsed, RebuildPlan plan,
        IReadOnlyList<string> notes, Stopwatch clock)
    {
        var reported = diagnostics.Sorted();
        var summary = new BuildSummary(manifest.Instruments, manifest.Versions, parsed.Instruments.Sum(i => i.Versions.Sum(v => v.Texts.Count)),
            manifest.Provisions, manifest.Citations, manifest.ResolvedCitations, manifest.IndexedDocuments,
            reported.Count(d => d.Severity == Severity.Warning), reported.Count(d => d.Severity == Severity.Error), clock.Elapsed);
        return new BuildResult(succeeded, stamp, summary, reported, string.Join("; ", [plan.Reason, .. notes]));
    }
}
