using KnowledgeBase.Core.Model;
using KnowledgeBase.Core.Rendering;

namespace KnowledgeBase.Site;

/// <summary>The site's permanent URLs, built in one place; provision links agree with those baked into stored HTML.</summary>
public static class SiteLinks
{
    public static string Instrument(string slug) => $"/instruments/{Uri.EscapeDataString(slug)}";

    public static string Version(string slug, string version, string language = "en") =>
        $"{Instrument(slug)}/{Uri.EscapeDataString(version)}{Language(language)}";

    public static string Provision(string slug, string version, string eId, string language = "en") =>
        ProvisionLinks.Href(new ProvisionAddress(slug, version, eId), language);

    /// <summary>A procedure's page (built with the procedures index).</summary>
    public static string Procedure(string slug, string language = "en") => $"/procedures/{Uri.EscapeDataString(slug)}{Language(language)}";

    private static string Language(string language) => language == "en" ? "" : $"?lang={Uri.EscapeDataString(language)}";
}
