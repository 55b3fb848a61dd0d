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
}
