namespace KnowledgeBase.Core.Versions;

/// <summary>The language to read a version in: the one wanted when the version has it, else English, else its first.</summary>
/// <remarks>One rule for citations resolved into another instrument and for every page that links another version.</remarks>
public static class ReadingLanguage
{
    public const string Default = "en";

    public static string Of(IReadOnlyList<string> available, string wanted) =>
        available.Contains(wanted) ? wanted
        : available.Contains(Default) ? Default
        : available.Count > 0 ? available[0]
        : wanted;
}
