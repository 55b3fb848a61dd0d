using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Storage;

/// <summary>The versions (and instruments left with none) of one build that a <see cref="ReaderAccess"/> may not see.</summary>
/// <remarks>Computed once per build and access, since a published build never changes; internal versions are few.</remarks>
internal sealed class HiddenVersions
{
    private readonly HashSet<string> _versionKeys;
    private readonly HashSet<string> _instruments;

    private HiddenVersions(HashSet<string> versionKeys, HashSet<string> instruments)
    {
        _versionKeys = versionKeys;
        _instruments = instruments;
    }

    public static HiddenVersions Of(IReadOnlyList<StoredInstrument> instruments, IReadOnlyList<StoredVersion> versions, ReaderAccess access)
    {
        // An unreadable kind is not a procedure and an unreadable visibility is internal: doubt hides.
        var kinds = instruments.ToDictionary(
            i => i.Id,
            i => EnumNames.TryParse<InstrumentKind>(i.Kind, out var kind) ? kind : InstrumentKind.Law,
            StringComparer.Ordinal);
        var hidden = versions
            .Where(v => !access.MaySee(kinds.GetValueOrDefault(v.Slug, InstrumentKind.Law), v.ToModel().Visibility))
            .Select(v => v.Id)
            .ToHashSet(StringComparer.Ordinal);
        var emptied = versions.GroupBy(v => v.Slug)
            .Where(g => g.All(v => hidden.Contains(v.Id)))
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return new HiddenVersions(hidden, emptied);
    }

    public bool Hides(string slug, string version) => _versionKeys.Contains(StoreSchema.VersionKey(slug, version));

    public bool HidesKey(string? versionKey) => versionKey is not null && _versionKeys.Contains(versionKey);

    public bool HidesInstrument(string slug) => _instruments.Contains(slug);
}
