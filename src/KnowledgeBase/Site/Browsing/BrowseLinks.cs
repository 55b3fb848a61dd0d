using System.Globalization;

namespace KnowledgeBase.Site.Browsing;

/// <summary>The browse pages' permanent URLs: a kind (<c>/browse/law</c>), a year of it (<c>/browse/law/2008</c>), a page of either (<c>?page=2</c>).</summary>
/// <remarks>A year's list only grows when acts of that year are added, so a link to a year stays a link to the same acts.</remarks>
public static class BrowseLinks
{
    public static string Kind(string kind, int page = 1) => $"/browse/{Uri.EscapeDataString(kind)}{Page(page)}";

    public static string Year(string kind, int year, int page = 1) =>
        $"/browse/{Uri.EscapeDataString(kind)}/{year.ToString(CultureInfo.InvariantCulture)}{Page(page)}";

    private static string Page(int page) => page <= 1 ? "" : $"?page={page.ToString(CultureInfo.InvariantCulture)}";
}
