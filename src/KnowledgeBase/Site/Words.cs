namespace KnowledgeBase.Site;

/// <summary>The site's words for the vocabulary of the content (statuses, kinds, languages), in the reader's interface language.</summary>
public static class Words
{
    public static string Status(string status, UiLanguage ui) => status switch
    {
        "draft" => ui.Pick("Draft", "Layihə"),
        "submitted" => ui.Pick("Submitted", "Təqdim edilib"),
        "adopted" => ui.Pick("Adopted", "Qəbul edilib"),
        "in-force" => ui.Pick("In force", "Qüvvədədir"),
        "repealed" => ui.Pick("Repealed", "Qüvvədən düşüb"),
        _ => status,
    };

    /// <summary>The heading of a group of instruments of one kind.</summary>
    public static string Kinds(string kind, UiLanguage ui) => kind switch
    {
        "code" => ui.Pick("Codes", "Məcəllələr"),
        "law" => ui.Pick("Laws", "Qanunlar"),
        "strategy" => ui.Pick("Strategies", "Strategiyalar"),
        "decree" => ui.Pick("Decrees", "Fərmanlar"),
        "order" => ui.Pick("Orders", "Sərəncamlar"),
        "regulation" => ui.Pick("Regulations", "Əsasnamələr"),
        "procedure" => ui.Pick("Procedures", "Prosedurlar"),
        _ => kind,
    };

    /// <summary>The order in which kinds are listed: the most authoritative first.</summary>
    public static readonly IReadOnlyList<string> KindOrder = ["code", "law", "strategy", "decree", "order", "regulation", "procedure"];

    /// <summary>Where a kind sorts in <see cref="KindOrder"/>; unknown kinds last.</summary>
    public static int KindRank(string kind) => KindOrder.Contains(kind) ? KindOrder.ToList().IndexOf(kind) : int.MaxValue;

    public static string Language(string code) => code switch
    {
        "en" => "English",
        "az" => "Azərbaycanca",
        "ru" => "Русский",
        _ => code,
    };
}
