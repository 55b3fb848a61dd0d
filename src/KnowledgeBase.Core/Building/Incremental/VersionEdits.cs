using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Keeps the version edits that can be written alone, and reads the others' instruments whole.</summary>
public static class VersionEdits
{
    /// <summary>The parsed content with every version edit that cannot be shown to leave the rest of its instrument as published
    /// (<see cref="VersionEdit.Unprovable"/>) replaced by its instrument read whole (<paramref name="readWhole"/>: its other
    /// versions' files were read for their front matter alone), the edit removed from <paramref name="edits"/>, and why in
    /// <paramref name="notes"/>.</summary>
    public static ParsedContent Prove(ParsedContent parsed, Dictionary<string, VersionEdit> edits, PublishedCatalog published, LiteDatabase database,
        Func<string, ParsedInstrument?> readWhole, List<string> notes)
    {
        var stored = database.GetCollection<StoredInstrument>(StoreSchema.Instruments);
        var instruments = parsed.Instruments.ToList();
        for (var i = 0; i < instruments.Count; i++)
        {
            var slug = instruments[i].Instrument.Slug;
            if (!edits.TryGetValue(slug, out var edit))
                continue;
            var names = stored.FindById(slug)?.ShortNames.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)n.Value);
            var reason = edit.Unprovable(instruments[i], published.Read(slug, edit.Changed.Contains), names);
            if (reason is null)
                continue;
            notes.Add($"{slug} read whole: {reason}");
            edits.Remove(slug);
            instruments[i] = readWhole(slug) ?? throw new InvalidOperationException($"{slug} could not be read again");
        }
        return parsed with { Instruments = instruments };
    }

    /// <summary>Whether a version file is parsed: those of an instrument read version by version only when they changed (or
    /// share a version with one that did); the others are read for their front matter alone.</summary>
    public static bool BodyNeeded(RebuildPlan plan, string contentPath)
    {
        var path = VersionEdit.InventoryPath(contentPath);
        return ContentInventory.SlugOf(path) is not { } slug || !plan.VersionFiles.TryGetValue(slug, out var files) || files.Contains(path);
    }

    /// <summary>One instrument read and parsed whole again, for a version edit that could not stand; only diagnostics the first
    /// reading did not report are added (its changed versions were parsed then).</summary>
    public static ParsedInstrument? ReadWhole(BuildOptions options, string slug, DiagnosticBag diagnostics)
    {
        var again = new DiagnosticBag();
        var instrument = BuildPipeline.Parse(options, again, null, [slug]).Instruments.FirstOrDefault(i => i.Instrument.Slug == slug);
        var reported = diagnostics.Sorted().CountBy(d => d).ToDictionary();
        foreach (var diagnostic in again.Sorted())
            if (reported.TryGetValue(diagnostic, out var count) && count > 0)
                reported[diagnostic] = count - 1;
            else
                diagnostics.Add(diagnostic);
        return instrument;
    }
}
