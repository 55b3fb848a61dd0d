using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Comparing;

/// <summary>"This change affects": the procedures whose legal basis names a changed provision.</summary>
/// <remarks>
/// Matched simply by the changed provisions' ids in either version, whatever version the legal basis resolved to: a procedure
/// written under the adopted text names Article 21 of it, and a change to Article 21 between two later versions affects it
/// too. Tracing each changed provision's history across every version (as the provision page does) would be exact for
/// renumbered drafts, but costs a read of every version per change; a drafter checks the listed procedures anyway.
/// <see cref="KnowledgeStore.LegalBasisTo"/> already counts the parts inside an article, so a part is only asked about when
/// its article is not.
/// </remarks>
public static class ChangeImpact
{
    public static IReadOnlyList<AffectedProcedure> Of(KnowledgeStore store, string slug, IEnumerable<ComparedPair> changes, string language)
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var procedures = new HashSet<string>(StringComparer.Ordinal);
        var eIds = changes.SelectMany(c => new[] { c.Change.FromEId, c.Change.ToEId }).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(e => e.Length).ThenBy(e => e, StringComparer.Ordinal);
        foreach (var eId in eIds)
        {
            var article = eId.IndexOf("__", StringComparison.Ordinal);
            if ((article > 0 && asked.Contains(eId[..article])) || !asked.Add(eId))
                continue;
            foreach (var basis in store.LegalBasisTo(slug, eId))
                procedures.Add(basis.ProcedureSlug);
        }
        return [.. procedures
            .Select(p => new AffectedProcedure(p, store.Instrument(p) is { } procedure ? Titles.Of(procedure, language) : p))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)];
    }
}

