using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Site.Procedures;

/// <summary>Reads a procedure version's legal basis for its page: each cited provision as in force today, and whether it changed since.</summary>
/// <remarks>
/// An entry whose provision lies inside another entry's (<c>art_21__para_1</c> in <c>art_21</c>) is shown as a part of
/// that one rather than quoted twice. Texts are read once per version and language, however many entries cite them.
/// </remarks>
public sealed class LegalBasisReader(KnowledgeStore store, DateOnly today)
{
    private readonly Dictionary<string, IReadOnlyList<StoredVersion>> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<StoredProvision>> _texts = new(StringComparer.Ordinal);

    public IReadOnlyList<LegalBasisItem> Read(StoredVersion procedure, string language)
    {
        var entries = store.LegalBasisOf(procedure.Slug, procedure.Label)
            .DistinctBy(e => (e.TargetSlug, e.TargetEId))
            .ToList();
        var written = procedure.ToModel().Date;
        var items = new List<LegalBasisItem>();
        foreach (var root in entries.Where(e => !entries.Any(o => o.TargetSlug == e.TargetSlug && IsInside(e.TargetEId, o.TargetEId))))
        {
            var parts = entries.Where(e => e.TargetSlug == root.TargetSlug && IsInside(e.TargetEId, root.TargetEId)).ToList();
            if (ItemFor(root, parts, written, language) is { } item)
                items.Add(item);
        }
        return items;
    }

    private LegalBasisItem? ItemFor(StoredLegalBasis root, IReadOnlyList<StoredLegalBasis> parts, DateOnly written, string language)
    {
        var versions = VersionsOf(root.TargetSlug);
        if (VersionInForce.On(versions.Select(v => v.ToModel()), today) is not { } inForceModel)
            return null;
        var inForce = versions.First(v => v.Label == inForceModel.Label);
        var shown = TextLookup.LanguageFor(inForce, language);
        var subtree = TextOutline.Subtree(TextOf(root.TargetSlug, inForce.Label, shown), root.TargetEId);
        // Gone from today's version: name it as the procedure's own version of the code had it.
        var resolved = versions.FirstOrDefault(v => v.Label == root.TargetVersion);
        var fallback = resolved is null ? [] : TextOf(root.TargetSlug, resolved.Label, TextLookup.LanguageFor(resolved, language));
        var linkVersion = subtree.Count > 0 ? inForce.Label : root.TargetVersion;

        var change = LegalBasisChanges.Find(root, written, versions, today, (label, lang) => TextOf(root.TargetSlug, label, lang));
        var changedParts = change is null ? [] : parts
            .Where(p => LegalBasisChanges.Find(p, written, versions, today, (label, lang) => TextOf(p.TargetSlug, label, lang))?.Version == change.Version)
            .Select(p => PartLabel(p.TargetEId, subtree, fallback))
            .ToList();

        return new LegalBasisItem(
            root.TargetSlug,
            root.TargetEId,
            store.Instrument(root.TargetSlug) is { } instrument ? Titles.Of(instrument, shown) : root.TargetSlug,
            LabelOf(root.TargetEId, subtree, fallback, root.TargetSlug, subtree.Count > 0 ? inForce.Label : root.TargetVersion,
                subtree.Count > 0 || resolved is null ? shown : TextLookup.LanguageFor(resolved, language)),
            inForce,
            subtree.Count > 0 ? QuotedProvision.Html(subtree) : null,
            shown,
            SiteLinks.Provision(root.TargetSlug, linkVersion, root.TargetEId, shown),
            [.. parts.Select(p => new CitedPart(p.TargetEId, PartLabel(p.TargetEId, subtree, fallback),
                SiteLinks.Provision(p.TargetSlug, linkVersion, p.TargetEId, shown)))],
            change,
            changedParts);
    }

    private string LabelOf(string eId, IReadOnlyList<StoredProvision> subtree, IReadOnlyList<StoredProvision> fallback, string slug, string version, string language)
    {
        var provision = subtree.FirstOrDefault(p => p.EId == eId) ?? fallback.FirstOrDefault(p => p.EId == eId);
        if (provision is null)
            return eId;
        if (provision.Kind != "paragraph")
            return provision.Label;
        // A part cited on its own is named with its article: "Article 66. Liability of the receiving party: 66.1".
        var text = TextOf(slug, version, language);
        var article = text.LastOrDefault(p => p.Kind == "article" && eId.StartsWith(p.EId + "__", StringComparison.Ordinal));
        return article is null ? provision.Label.TrimEnd('.') : $"{article.Label}: {provision.Label.TrimEnd('.')}";
    }

    private static string LabelOf(string eId, IReadOnlyList<StoredProvision> subtree, IReadOnlyList<StoredProvision> fallback) =>
        subtree.FirstOrDefault(p => p.EId == eId)?.Label
        ?? fallback.FirstOrDefault(p => p.EId == eId)?.Label
        ?? eId;

    /// <summary>A part as written in its text, <c>21.1</c>, without the closing full stop.</summary>
    private static string PartLabel(string eId, IReadOnlyList<StoredProvision> subtree, IReadOnlyList<StoredProvision> fallback) =>
        LabelOf(eId, subtree, fallback).TrimEnd('.');

    private static bool IsInside(string candidate, string container) =>
        candidate.StartsWith(container + "__", StringComparison.Ordinal);

    private IReadOnlyList<StoredVersion> VersionsOf(string slug)
    {
        if (!_versions.TryGetValue(slug, out var versions))
            _versions[slug] = versions = store.Versions(slug);
        return versions;
    }

    private IReadOnlyList<StoredProvision> TextOf(string slug, string version, string language)
    {
        var key = StoreSchema.TextKey(slug, version, language);
        if (!_texts.TryGetValue(key, out var text))
            _texts[key] = text = store.Provisions(slug, version, language);
        return text;
    }
}
