namespace KnowledgeBase.Site;

/// <summary>A count as the reader writes numbers: 7,322 in English, 7 322 in Azerbaijani.</summary>
public static class Counts
{
    public static string Of(int count, UiLanguage ui) => count.ToString("N0", ui.Culture);
}
