namespace KnowledgeBase.Core.Model;

/// <summary>A short text given in several languages, such as an instrument's title.</summary>
public sealed record LocalizedText(IReadOnlyDictionary<string, string> ByLanguage)
{
    public static LocalizedText Empty { get; } = new(new Dictionary<string, string>());

    public bool IsEmpty => ByLanguage.Count == 0;

    /// <summary>The text in <paramref name="language"/>, else in English, else in the first language given.</summary>
    public string? In(string language) =>
        ByLanguage.TryGetValue(language, out var text) ? text
        : ByLanguage.TryGetValue("en", out var english) ? english
        : ByLanguage.Values.FirstOrDefault();
}
