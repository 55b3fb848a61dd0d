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

    /// <summary>A procedure's page: its newest version unless <paramref name="version"/> names another.</summary>
    public static string Procedure(string slug, string? version = null, string language = "en")
    {
        var query = new List<string>();
        if (version is not null)
            query.Add($"version={Uri.EscapeDataString(version)}");
        if (language != "en")
            query.Add($"lang={Uri.EscapeDataString(language)}");
        return $"/procedures/{Uri.EscapeDataString(slug)}" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>Two versions compared; the defaults (English, side by side, no option) are left out of the URL.</summary>
    public static string Compare(string slug, string from, string to, string language = "en", string? view = null,
        bool ignoreWhitespace = false, bool ignoreRenumbering = false)
    {
        var query = ComparisonQuery(from, to, language);
        if (view is not null && view != "side")
            query += $"&view={Uri.EscapeDataString(view)}";
        if (ignoreWhitespace)
            query += "&ignoreWhitespace=true";
        if (ignoreRenumbering)
            query += "&ignoreRenumbering=true";
        return $"{Instrument(slug)}/compare?{query}";
    }

    /// <summary>The printable comparative table of two versions (current wording | proposed wording | note).</summary>
    public static string ComparativeTable(string slug, string from, string to, string language = "en") =>
        $"{Instrument(slug)}/compare/table?{ComparisonQuery(from, to, language)}";

    /// <summary>The comparative table of two versions as a Word document.</summary>
    public static string ComparativeTableDocument(string slug, string from, string to, string language = "en") =>
        $"{Instrument(slug)}/compare/table.docx?{ComparisonQuery(from, to, language)}";

    /// <summary>A provision's history across every version, each step with its diff.</summary>
    public static string ProvisionHistory(string slug, string version, string eId, string language = "en") =>
        $"{Instrument(slug)}/{Uri.EscapeDataString(version)}/{Uri.EscapeDataString(eId)}/history{Language(language)}";

    private static string ComparisonQuery(string from, string to, string language) =>
        $"from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}" + (language == "en" ? "" : $"&lang={Uri.EscapeDataString(language)}");

    private static string Language(string language) => language == "en" ? "" : $"?lang={Uri.EscapeDataString(language)}";
}
