using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>The label a provision is shown under: <c>Article 45. Temporary residence permit</c>, <c>Maddə 45</c>, <c>45.1.</c>.</summary>
/// <remarks>Built from the language's first structure word, so one language's labels look alike however authors wrote them.</remarks>
public static class ProvisionLabels
{
    public static string For(Provision provision, LanguageProfile language)
    {
        var word = provision.Kind switch
        {
            ProvisionKind.Section => First(language.SectionWords),
            ProvisionKind.Chapter => First(language.ChapterWords),
            ProvisionKind.Article => First(language.ArticleWords),
            _ => null,
        };
        return provision.Kind switch
        {
            ProvisionKind.Paragraph => $"{provision.Num}.",
            ProvisionKind.Division or ProvisionKind.Preamble => provision.Heading ?? "",
            _ => Join($"{word} {provision.Num}".Trim(), provision.Heading),
        };
    }

    private static string? First(IReadOnlyList<string> words) => words.Count > 0 ? words[0] : null;

    private static string Join(string numbered, string? heading) => heading is null ? numbered : $"{numbered}. {heading}";
}
