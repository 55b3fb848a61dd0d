using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Catalogue;

/// <summary>One instrument as the home and browse pages list it: its kind, its titles and its versions, oldest first.</summary>
/// <remarks>
/// Only what those lists need, so that the site reads a national catalogue (20,000 instruments) in milliseconds instead of
/// reading every instrument and version from the store. Made from the linked corpus when a build is written, or from the
/// store when a build has no catalogue file; both give the same records.
/// </remarks>
public sealed record CataloguedInstrument(string Slug, string Kind, IReadOnlyDictionary<string, string> Titles, IReadOnlyList<CataloguedVersion> Versions)
{
    private static readonly IReadOnlyDictionary<string, string> NoNotices = new Dictionary<string, string>();

    /// <summary>Its notices by language (a word on the text's standing, such as an unofficial consolidation), in the store's
    /// order; read by the API's list of instruments.</summary>
    public IReadOnlyDictionary<string, string> Notices { get; init; } = NoNotices;

    /// <summary>The record of a linked instrument, made from the records the store writes for it (<see cref="StoreWriter"/>),
    /// so that the file and the store cannot word a kind, a date or a status differently.</summary>
    public static CataloguedInstrument Of(LinkedInstrument linked) => Of(
        StoreWriter.ToStored(linked.Instrument),
        linked.Versions.Select(StoreWriter.ToStored).OrderBy(v => v.Date, StringComparer.Ordinal).ThenBy(v => v.Label, StringComparer.Ordinal));

    /// <summary>Every instrument of a store view that has a version it shows, by slug, as <see cref="Of(LinkedInstrument)"/> makes them.</summary>
    public static IReadOnlyList<CataloguedInstrument> Of(KnowledgeStore store)
    {
        var versions = store.AllVersions().ToLookup(v => v.Slug, StringComparer.Ordinal);
        return [.. store.Instruments().Where(i => versions.Contains(i.Id)).Select(i => Of(i, versions[i.Id]))];
    }

    private static CataloguedInstrument Of(StoredInstrument instrument, IEnumerable<StoredVersion> versions) => new(
        instrument.Id,
        instrument.Kind,
        new Dictionary<string, string>(instrument.Title, StringComparer.Ordinal),
        [.. versions.Select(v => new CataloguedVersion(v.Slug, v.Label, v.Date, v.Status, v.Visibility, v.Note) { Languages = [.. v.Languages] })])
    {
        Notices = new Dictionary<string, string>(instrument.Notice, StringComparer.Ordinal),
    };

    /// <summary>This instrument as one reader may see it, or null when every version is hidden from them.</summary>
    /// <remarks>The rule of the store's views (<c>HiddenVersions</c>): an unreadable kind is not a procedure and an unreadable
    /// visibility is internal, so doubt hides.</remarks>
    public CataloguedInstrument? SeenBy(ReaderAccess access)
    {
        if (access.SeesInternalLegislation)
            return this;
        var kind = EnumNames.TryParse<InstrumentKind>(Kind, out var parsed) ? parsed : InstrumentKind.Law;
        var seen = Versions.Where(v => access.MaySee(kind, EnumNames.TryParse<Visibility>(v.Visibility, out var visibility) ? visibility : Model.Visibility.Internal)).ToList();
        return seen.Count == Versions.Count ? this : seen.Count == 0 ? null : this with { Versions = seen };
    }
}
