using KnowledgeBase.Core.Linking;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Storage;
using LiteDB;

namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Reads from a build's store what linking needs of the instruments an incremental build does not parse again.</summary>
public sealed class PublishedCatalog(LiteDatabase database, ProvisionShards shards)
{
    private ILiteCollection<StoredVersion> Versions => database.GetCollection<StoredVersion>(StoreSchema.Versions);

    /// <summary>The instrument's versions in date order and its provisions (of the versions <paramref name="texts"/> accepts,
    /// when given), or null when the store has no such instrument.</summary>
    public CatalogedInstrument? Read(string slug, Func<string, bool>? texts = null)
    {
        var versions = Versions.Find(StoreQuery.StartsWith("_id", StoreSchema.VersionKey(slug, "")))
            .Where(v => v.Slug == slug)
            .Select(v => v.ToModel())
            .OrderBy(v => v.Date)
            .ThenBy(v => v.Label, StringComparer.Ordinal)
            .ToList();
        if (versions.Count == 0)
            return null;
        var read = new List<CatalogedText>();
        foreach (var version in versions.Where(v => texts?.Invoke(v.Label) != false))
            foreach (var language in version.Languages)
                read.Add(new CatalogedText(version.Label, language, ReadText(slug, version.Label, language)));
        return new CatalogedInstrument(versions, read);
    }

    /// <summary>The instrument's versions, its texts' provisions read only when linking asks for one (see <see cref="CatalogedInstrument.ReadText"/>).</summary>
    public CatalogedInstrument? ReadOnDemand(string slug)
    {
        var versions = Read(slug, _ => false)?.Versions;
        return versions is null ? null : new CatalogedInstrument(versions, [])
        {
            ReadText = (version, language) => versions.Any(v => v.Label == version && v.Languages.Contains(language)) ? ReadText(slug, version, language) : null,
        };
    }

    private List<CatalogedProvision> ReadText(string slug, string version, string language)
    {
        var key = StoreSchema.TextKey(slug, version, language);
        return shards.For(slug).Find(p => p.TextKey == key)
            .OrderBy(p => p.Order)
            .Select(p => new CatalogedProvision(p.EId, Enum.Parse<ProvisionKind>(p.Kind, ignoreCase: true), p.Num, p.ParentEId))
            .ToList();
    }
}
