using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Rendering;

/// <summary>The site's permanent URL of a provision: built into stored HTML, so it must never change.</summary>
public static class ProvisionLinks
{
    /// <remarks>An address with an empty id is the whole version (a link to an act that names no article).</remarks>
    public static string Href(ProvisionAddress address, string language) =>
        $"/instruments/{Uri.EscapeDataString(address.Slug)}/{Uri.EscapeDataString(address.Version)}"
        + (address.EId.Length == 0 ? "" : $"/{Uri.EscapeDataString(address.EId)}")
        + (language == "en" ? "" : $"?lang={Uri.EscapeDataString(language)}");
}
