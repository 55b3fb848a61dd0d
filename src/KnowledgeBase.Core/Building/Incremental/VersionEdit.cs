using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>An instrument read again version by version: every version as its front matter gives it (after the audience's
/// selection), and the versions with a changed file, the only ones parsed, linked and written again.</summary>
/// <remarks>
/// The common edit (a typo fixed in one version of a code with 29) changes one version's records and index documents. What
/// derives from all versions (which is newest per language, the days each is in force, the catalogue's list, the suggested
/// names of the newest texts) depends on the versions' front matter, which is read whole, and on the newest texts' headings,
/// which are compared (<see cref="Unprovable"/>). An edit that cannot be shown to leave the rest as it was reads the
/// instrument whole, as before.
/// </remarks>
/// <param name="Source">The instrument and all its versions with their files (front matter read, bodies not parsed).</param>
/// <param name="Changed">The labels of the versions with a file added or changed: parsed, linked and written again.</param>
public sealed record VersionEdit(InstrumentSource Source, IReadOnlySet<string> Changed)
{
    public string Slug => Source.Instrument.Slug;

    /// <summary>The store keys (<c>slug@label</c>) of the versions replaced.</summary>
    public IEnumerable<(string Slug, string Version)> Versions => Changed.Select(label => (Slug, label));

    /// <summary>Whether the edit touches the text a language's suggested names come from (the newest version in that language).</summary>
    public bool NamesMayChange => NewestLabels().Any(Changed.Contains);

    /// <summary>What the build tells about it: <c>leg-code-travail: 1 of 29 versions read again</c>.</summary>
    public override string ToString() => $"{Slug}: {Changed.Count} of {Source.Versions.Count} versions read again";

    /// <summary>The sources to parse: for each instrument of <paramref name="files"/>, only the versions one of those files
    /// belongs to; the whole source is kept in <paramref name="edits"/>. Other instruments are parsed whole.</summary>
    /// <remarks>Grouping files into versions and the audience's selection are those of a full build: they ran before this.
    /// An instrument the selection left out (no version its audience sees) is not here, and is read whole.</remarks>
    public static IReadOnlyList<InstrumentSource> Narrow(IReadOnlyList<InstrumentSource> selected,
        IReadOnlyDictionary<string, IReadOnlySet<string>> files, Dictionary<string, VersionEdit> edits)
    {
        var narrowed = new List<InstrumentSource>(selected.Count);
        foreach (var source in selected)
        {
            if (!files.TryGetValue(source.Instrument.Slug, out var paths))
            {
                narrowed.Add(source);
                continue;
            }
            var changed = source.Versions
                .Where(v => v.Translations.Any(t => paths.Contains(InventoryPath(t.Path))))
                .Select(v => v.Version.Label)
                .ToHashSet(StringComparer.Ordinal);
            edits[source.Instrument.Slug] = new VersionEdit(source, changed);
            narrowed.Add(source with { Versions = [.. source.Versions.Where(v => changed.Contains(v.Version.Label))] });
        }
        return narrowed;
    }

    /// <summary>A content path (<c>content/slug/file.md</c>, as messages name it) as the inventory names it (<c>slug/file.md</c>).</summary>
    public static string InventoryPath(string contentPath) => contentPath[(contentPath.IndexOf('/') + 1)..];

    /// <summary>Why the edited versions cannot be written alone, or null when they can.</summary>
    /// <param name="parsed">The instrument with its changed versions parsed.</param>
    /// <param name="published">The published instrument: all its versions, and the texts of the <see cref="Changed"/> versions.</param>
    /// <param name="names">Its short names in the published store.</param>
    /// <remarks>
    /// The outline (<see cref="CitableOutline"/>) of every version and of the changed versions' provisions must be the published
    /// one: then citations elsewhere, and those of the changed versions, resolve as before, and which version is newest or in
    /// force when is unchanged. The suggested names are made from each language's newest text; when some languages' newest
    /// texts were edited and others not, the names would have to be merged from two sources, which is not done.
    /// </remarks>
    public string? Unprovable(ParsedInstrument parsed, CatalogedInstrument? published, IReadOnlyDictionary<string, IReadOnlyList<string>>? names)
    {
        if (published is null)
            return "it is not in the published build";
        var now = new CatalogedInstrument([.. Source.Versions.Select(v => v.Version)], CitableOutline.Catalog(parsed).Texts);
        var nowNames = parsed.Instrument.ShortNames.ToDictionary(n => n.Key, n => (IReadOnlyList<string>)[.. n.Value]);
        if (CitableOutline.Of(now, nowNames) != CitableOutline.Of(published, names))
            return "a version was added, removed or re-dated, or a provision of an edited version renumbered, added or removed";
        var newest = NewestLabels();
        if (newest.Any(Changed.Contains) && !newest.All(Changed.Contains))
            return "its suggested names come from versions both edited and not";
        return null;
    }

    /// <summary>The instrument with all its versions, the changed ones as <paramref name="linked"/> holds them and the others
    /// as their front matter gives them, with texts that name their language and file but hold no provisions: what the index
    /// (which is newest, in force when), the catalogue, the suggested names and the inventory read.</summary>
    public LinkedInstrument Outline(LinkedInstrument linked)
    {
        var edited = linked.Versions.ToDictionary(v => v.Version.Label, StringComparer.Ordinal);
        return new LinkedInstrument(linked.Instrument, [.. Source.Versions.Select(v => edited.GetValueOrDefault(v.Version.Label) ?? Unread(v))]);
    }

    /// <summary>The label of the newest version with a text in each language (<see cref="LinkedInstrument.NewestByLanguage"/>,
    /// asked of the versions as their front matter gives them).</summary>
    private IReadOnlyList<string> NewestLabels() =>
        [.. new LinkedInstrument(Source.Instrument, [.. Source.Versions.Select(Unread)]).NewestByLanguage().Select(n => n.Version.Label)];

    /// <summary>A version as its front matter gives it: texts that name their language and file but hold no provisions.</summary>
    private LinkedVersion Unread(VersionGroup version) => new(version.Version, [.. version.Translations.Select(t => new RenderedText(
        new VersionText(Slug, version.Version.Label, t.Language, t.Path, null, []), []))]);
}
