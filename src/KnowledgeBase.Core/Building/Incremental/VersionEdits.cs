using KnowledgeBase.Core.Building.Stages;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Keeps the version edits that can be written alone, and reads the others' instruments whole.</summary>
public static class VersionEdits
{
    /// <summary>The parsed content with every version edit that cannot be shown to leave the rest of its instrument as published
    /// (<see cref="VersionEdit.Unprovable"/>) completed: its other versions parsed too, the edit removed from
    /// <paramref name="edits"/>, and why in <paramref name="notes"/>.</summary>
    /// <remarks>Only the versions not parsed yet are parsed now, so that no file's warnings are reported twice.</remarks>
    public static ParsedContent Prove(ParsedContent parsed, Dictionary<string, VersionEdit> edits, PublishedCatalog published, LiteDatabase database,
        DiagnosticBag diagnostics, List<string> notes)
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
            var rest = edit.Source with { Versions = [.. edit.Source.Versions.Where(v => !edit.Changed.Contains(v.Version.Label))] };
            var versions = instruments[i].Versions.Concat(ParseStructure.Run([rest], parsed.Languages, diagnostics).SelectMany(r => r.Versions))
                .ToDictionary(v => v.Version.Label, StringComparer.Ordinal);
            instruments[i] = instruments[i] with { Versions = [.. edit.Source.Versions.Select(v => versions[v.Version.Label])] };
        }
        return parsed with { Instruments = instruments };
    }
}
