using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>"Procedures that apply this provision": those whose legal basis names it, or a part inside it, in any version.</summary>
/// <remarks>
/// A legal basis resolves to the version in force when the procedure was written, so the provision is looked for under the id it
/// had in each version (its history): a procedure written under the 2013 text applies Article 45 of 2014 too, and one that
/// names Article 45 of a draft in which 45 was another article does not.
/// </remarks>
public static class ApplyingProcedures
{
    public static IReadOnlyList<ApplyingProcedure> Of(KnowledgeStore store, string slug, IReadOnlyList<HistoryEntry> history, string language)
    {
        var order = history.Select((h, i) => (h.Version.Label, i)).ToDictionary(x => x.Label, x => x.i, StringComparer.Ordinal);
        var entries = history
            .Where(h => h.Provision is not null)
            .SelectMany(h => store.LegalBasisTo(slug, h.Provision!.EId).Where(l => l.TargetVersion == h.Version.Label))
            .ToList();
        return [.. entries
            .GroupBy(l => l.ProcedureSlug, StringComparer.Ordinal)
            .Select(g => new ApplyingProcedure(
                g.Key,
                store.Instrument(g.Key) is { } procedure ? Titles.Of(procedure, language) : g.Key,
                [.. g.Select(l => l.TargetVersion).Distinct(StringComparer.Ordinal).OrderBy(v => order[v])]))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)];
    }
}
