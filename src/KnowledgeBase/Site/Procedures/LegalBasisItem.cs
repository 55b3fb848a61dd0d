using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Site.Procedures;

/// <summary>One provision a procedure applies, as it reads in the version in force today, with the parts the procedure cites in it.</summary>
/// <param name="InstrumentTitle">The cited instrument's title, in <paramref name="Language"/>.</param>
/// <param name="Label">What the provision is shown under: <c>Article 21. Registration at the place of stay</c>.</param>
/// <param name="InForce">The cited instrument's version in force today; the text and link are of this version.</param>
/// <param name="Html">The provision and its parts as safe stored HTML, without anchors; null when today's version no longer has it.</param>
/// <param name="Language">The language of the label and text: the page's when today's version has it, else English.</param>
/// <param name="Href">The provision's page in today's version (or, when gone, in the version the procedure was written against).</param>
/// <param name="Parts">Other entries of the legal basis inside this provision: their labels and links.</param>
/// <param name="Change">The first later version that changed the provision since the procedure was written; null when none did.</param>
/// <param name="ChangedParts">Which of the cited parts read differently in that version.</param>
public sealed record LegalBasisItem(
    string Slug,
    string EId,
    string InstrumentTitle,
    string Label,
    StoredVersion InForce,
    string? Html,
    string Language,
    string Href,
    IReadOnlyList<CitedPart> Parts,
    LegalBasisChange? Change,
    IReadOnlyList<string> ChangedParts)
{
    /// <summary>The provision's page in the version that changed it.</summary>
    public string? ChangeHref => Change is null ? null : SiteLinks.Provision(Slug, Change.Version, EId, Language);
}
