namespace KnowledgeBase.Site.Browsing;

/// <summary>The browse pages' own phrases, in the reader's interface language.</summary>
public static class BrowseWords
{
    /// <summary>The link from the home page to a kind too large to list there: "Browse all 7,322 laws by year".</summary>
    public static string AllOfKind(string kind, int count, UiLanguage ui) =>
        ui.Pick($"Browse all {Counts.Of(count, ui)} {Words.Kinds(kind, ui).ToLowerInvariant()} by year",
            $"Bütün {Words.Kinds(kind, ui).ToLower(ui.Culture)} ({Counts.Of(count, ui)}) illərə görə");
}
