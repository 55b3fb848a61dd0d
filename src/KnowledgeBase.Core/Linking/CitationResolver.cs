using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Versions;

namespace KnowledgeBase.Core.Linking;

/// <summary>Resolves recognised citations, explicit <c>kb:</c> links and legal-basis entries against the catalogue.</summary>
/// <remarks>
/// Inside an instrument a citation means the same version and language; another instrument is read in its version in force on
/// the citing version's date, in the citing language when that version has it.
/// </remarks>
public sealed class CitationResolver(ProvisionCatalog catalog)
{
    public Resolution Resolve(CitedProvision cited, CitingContext context)
    {
        switch (cited.Scope)
        {
            case CitationScope.ExternalInstrument:
                return Resolution.NotFound(DiagnosticCodes.ExternalCitation, "cites an instrument outside the corpus");
            case CitationScope.NamedInstrument when cited.InstrumentSlug is { } slug:
                var version = catalog.VersionOn(slug, context.Date);
                if (version is null)
                    return Resolution.NotFound(DiagnosticCodes.UnresolvedCitation, $"'{slug}' has no version to cite");
                return ResolveNumber(slug, version.Label, CatalogLanguage(version, context.Language), cited);
            default:
                return ResolveNumber(context.Slug, context.Version, context.Language, cited);
        }
    }

    /// <summary>Resolves <c>kb:slug/eId</c> and <c>kb:slug@version/eId</c>, and legal-basis entries written the same way.</summary>
    public Resolution Resolve(KbLink link, CitingContext context)
    {
        var version = link.Version is null ? catalog.VersionOn(link.Slug, context.Date) : catalog.Version(link.Slug, link.Version);
        if (version is null)
            return Resolution.NotFound(DiagnosticCodes.UnresolvedCitation, catalog.HasInstrument(link.Slug)
                ? $"'{link.Slug}' has no version '{link.Version}'"
                : $"no instrument '{link.Slug}' in this build");
        var language = CatalogLanguage(version, context.Language);
        if (!catalog.Contains(link.Slug, version.Label, language, link.EId))
        {
            var other = version.Languages.FirstOrDefault(l => catalog.Contains(link.Slug, version.Label, l, link.EId));
            if (other is null)
                return Resolution.NotFound(DiagnosticCodes.UnresolvedCitation, $"'{link.Slug}@{version.Label}' has no provision '{link.EId}'");
            language = other;
        }
        return Resolution.Found(new ProvisionAddress(link.Slug, version.Label, link.EId), language);
    }

    private Resolution ResolveNumber(string slug, string version, string language, CitedProvision cited)
    {
        var article = catalog.ArticleId(slug, version, language, cited.ArticleNum);
        if (article is null)
            return Resolution.NotFound(DiagnosticCodes.UnresolvedCitation, $"'{slug}@{version}' has no article {cited.ArticleNum}");
        var target = new ProvisionAddress(slug, version, article);
        if (cited.PartNum is null)
            return Resolution.Found(target, language);

        var fullNum = $"{cited.ArticleNum}.{cited.PartNum}";
        var part = catalog.PartId(slug, version, language, article, fullNum);
        return part is null
            ? new Resolution(target, language, DiagnosticCodes.MissingCitedPart, $"article {cited.ArticleNum} of '{slug}@{version}' has no part {fullNum}; linked to the article")
            : Resolution.Found(target with { EId = part }, language);
    }

    private static string CatalogLanguage(InstrumentVersion version, string wanted) => ReadingLanguage.Of(version.Languages, wanted);
}
