using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions;

/// <summary>Tells whether a provision a procedure applies has changed since the procedure was written.</summary>
/// <remarks>
/// A legal-basis entry resolves to the version in force on the procedure version's date. The provision has changed when a
/// later version that came into force (by <see cref="VersionInForce"/>'s rule, so a later draft never counts) by
/// <c>today</c> reads differently: its own text or any of its parts', compared in a language both versions have
/// (English first). Pure: the caller hands over the stored versions and a way to read a version's provisions.
/// </remarks>
public static class LegalBasisChanges
{
    private const string PreferredLanguage = "en";

    /// <param name="entry">The entry as resolved when the procedure version was built.</param>
    /// <param name="written">The procedure version's date.</param>
    /// <param name="cited">Every version of the cited instrument.</param>
    /// <param name="today">Versions dated after it are not yet law.</param>
    /// <param name="textOf">A version's provisions in a language, in document order: <c>textOf(label, language)</c>.</param>
    /// <returns>The first later version in which the provision reads differently, or null when it reads the same in all.</returns>
    public static LegalBasisChange? Find(
        StoredLegalBasis entry,
        DateOnly written,
        IReadOnlyList<StoredVersion> cited,
        DateOnly today,
        Func<string, string, IReadOnlyList<StoredProvision>> textOf)
    {
        var resolved = cited.FirstOrDefault(v => v.Label == entry.TargetVersion);
        if (resolved is null)
            return null;
        var models = cited.Select(v => v.ToModel()).ToList();
        var resolvedModel = models.First(v => v.Label == resolved.Label);

        foreach (var later in LaterVersionsInForce(models, resolvedModel, written, today))
        {
            var language = CommonLanguage(resolvedModel, later);
            if (language is null)
                continue;
            var before = Reading(textOf(resolved.Label, language), entry.TargetEId);
            if (before is null)
                return null;
            var after = Reading(textOf(later.Label, language), entry.TargetEId);
            if (after is null || !before.SequenceEqual(after))
                return new LegalBasisChange(entry.TargetSlug, later.Label, later.Date, entry.TargetEId, Removed: after is null);
        }
        return null;
    }

    /// <summary>The versions that came into force after the procedure was written, up to today, oldest first.</summary>
    private static IEnumerable<InstrumentVersion> LaterVersionsInForce(
        List<InstrumentVersion> versions, InstrumentVersion resolved, DateOnly written, DateOnly today) =>
        versions
            .Where(v => v.Date > written && v.Date > resolved.Date && v.Date <= today)
            .Where(v => VersionInForce.On(versions, v.Date)?.Label == v.Label)
            .OrderBy(v => v.Date)
            .ThenBy(v => v.Label, StringComparer.Ordinal);

    private static string? CommonLanguage(InstrumentVersion a, InstrumentVersion b)
    {
        var common = a.Languages.Intersect(b.Languages, StringComparer.Ordinal).ToList();
        return common.Contains(PreferredLanguage) ? PreferredLanguage : common.Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The provision's text and its parts', each with its id so that an inserted or removed part counts; null when absent.</summary>
    private static List<(string EId, string Text)>? Reading(IReadOnlyList<StoredProvision> inOrder, string eId)
    {
        var inside = new HashSet<string>(StringComparer.Ordinal);
        var reading = new List<(string, string)>();
        foreach (var provision in inOrder)
        {
            if (provision.EId != eId && (provision.ParentEId is null || !inside.Contains(provision.ParentEId)))
                continue;
            inside.Add(provision.EId);
            reading.Add((provision.EId, provision.Text.Trim()));
        }
        return reading.Count == 0 ? null : reading;
    }
}
