using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Rendering;

/// <summary>The site's permanent URL of a provision: built into stored HTML, so it must never change.</summary>
public static class ProvisionLinks
{
    public static string Href(ProvisionAddress address, string language) =>
        $"/instruments/{Uri.EscapeDataString(address.Slug)}/{Uri.EscapeDataString(address.Version)}/{Uri.EscapeDataString(address.EId)}"
        + (language == "en" ? "" : $"?lang={Uri.EscapeDataString(language)}");
}
