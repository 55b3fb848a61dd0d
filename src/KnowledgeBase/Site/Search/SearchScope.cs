namespace KnowledgeBase.Site.Search;

/// <summary>Which versions the search page looks in, as written in its <c>scope</c> parameter.</summary>
public static class SearchScope
{
    /// <summary>The newest version of each instrument (the default).</summary>
    public const string Newest = "newest";

    /// <summary>The version of each instrument in force on <c>date</c>.</summary>
    public const string At = "at";

    /// <summary>Every version, one row per provision.</summary>
    public const string All = "all";
}
