using KnowledgeBase.Site;

namespace KnowledgeBase.Components.Texts;

/// <summary>Why a text page answered 404 although its version exists: the language asked for is not one it has.</summary>
/// <param name="Links">The same page in each language the version has.</param>
public sealed record LanguageNotOffered(RequestedText Text, IReadOnlyDictionary<string, string> Links);
