using System.Globalization;

namespace KnowledgeBase.Site;

/// <summary>Dates as a reader writes them, in the interface language: <c>2 July 2013</c>, <c>2 iyul 2013</c>.</summary>
public static class Dates
{
    /// <summary>An ISO date (<c>yyyy-mm-dd</c>) in words; anything else unchanged.</summary>
    public static string InWords(string isoDate, UiLanguage ui) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMMM yyyy", ui.Culture)
            : isoDate;
}
