using KnowledgeBase.Core.Corpus.Reading;

namespace KnowledgeBase.Site;

/// <summary>The topics procedures are grouped by, named in the reader's interface language.</summary>
public static class Topics
{
    /// <summary>Where a topic sorts: the order of <see cref="ProcedureTopics.All"/>; procedures without a known topic last.</summary>
    public static int Rank(string? topic) => topic is not null && ProcedureTopics.All.Contains(topic) ? ProcedureTopics.All.ToList().IndexOf(topic) : int.MaxValue;

    public static string Name(string? topic, UiLanguage ui) => topic switch
    {
        "residence" => ui.Pick("Residence", "Yaşama"),
        "work" => ui.Pick("Work", "Əmək fəaliyyəti"),
        "citizenship" => ui.Pick("Citizenship", "Vətəndaşlıq"),
        "refugees" => ui.Pick("Refugees and asylum", "Qaçqınlar və sığınacaq"),
        "registration" => ui.Pick("Registration", "Qeydiyyat"),
        "expulsion" => ui.Pick("Expulsion", "İnzibati qaydada çıxarılma"),
        "e-services" => ui.Pick("E-services", "Elektron xidmətlər"),
        null or "" => ui.Pick("Other procedures", "Digər prosedurlar"),
        _ => topic,
    };
}
