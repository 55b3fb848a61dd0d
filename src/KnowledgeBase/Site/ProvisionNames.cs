using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site;

/// <summary>What a provision is called on a page: its label, or the site's word for a provision that has none (a preamble).</summary>
public static class ProvisionNames
{
    public static string Of(StoredProvision provision, UiLanguage ui) => Of(provision.Label, provision.EId, ui);

    public static string Of(string label, string eId, UiLanguage ui) =>
        label.Length > 0 ? label : eId == "preamble" ? ui.Pick("Preamble", "Preambula") : eId;

    /// <summary>The label without the heading, as a breadcrumb shows it: "Article 45", not "Article 45. Temporary residence permit".</summary>
    public static string WithoutHeading(StoredProvision provision, UiLanguage ui)
    {
        var name = Of(provision, ui);
        var heading = provision.Heading is { Length: > 0 } h ? name.LastIndexOf(". " + h, StringComparison.Ordinal) : -1;
        return heading > 0 ? name[..heading] : name;
    }
}
