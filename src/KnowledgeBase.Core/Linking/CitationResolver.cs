using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Structure;
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
                var version = catalog.VersionOn(slug, context.Date, context.Visibility);
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
        var version = link.Version is null ? catalog.VersionOn(link.Slug, context.Date, context.Visibility) : catalog.Version(link.Slug, link.Version, context.Visibility);
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

    /// <summary>Resolves a link to another act read by a <c>kb.yml</c> link rule: the act's version in force on the citing date, and its article when the link names one.</summary>
    /// <remarks>
    /// The article is written as the link writes it (<c>art_vi</c> gives <c>vi</c>): its id is tried as written and with the letters in
    /// capitals, so that roman numerals read as ours do. An article the act lacks links to the act, with a warning.
    /// </remarks>
    public Resolution Resolve(InstrumentLink link, CitingContext context)
    {
        var version = catalog.VersionOn(link.Slug, context.Date, context.Visibility);
        if (version is null)
            return catalog.HasInstrument(link.Slug)
                ? Resolution.NotFound(DiagnosticCodes.UnresolvedCitation, $"'{link.Slug}' has no version in force on {context.Date:yyyy-MM-dd}")
                : Resolution.NotFound(DiagnosticCodes.ExternalCitation, $"links to '{link.Slug}', which is not in the corpus");
        var language = CatalogLanguage(version, context.Language);
        var instrument = new ProvisionAddress(link.Slug, version.Label, "");
        if (link.Article is not { } article)
            return Resolution.Found(instrument, language);
        // A link to several articles (art_54_56, art_327--331) is linked to the first.
        article = article.Split(["--", "_"], StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : article;
        foreach (var eId in new[] { ProvisionIds.Article(article), ProvisionIds.Article(article.ToUpperInvariant()) })
            if (catalog.Contains(link.Slug, version.Label, language, eId))
                return Resolution.Found(instrument with { EId = eId }, language);
        return new Resolution(instrument, language, DiagnosticCodes.UnresolvedCitation, $"'{link.Slug}@{version.Label}' has no article '{article}'; linked to the act");
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
