namespace KnowledgeBase.Core.Corpus.Languages;

/// <summary>Words or phrases of one language that officers use for the same thing (<c>residence permit</c>, <c>residence card</c>);
/// a search for one of them finds the others.</summary>
/// <param name="Phrases">Two or more, each one word or several (searched side by side), as written in <c>kb.yml</c>.</param>
public sealed record SynonymGroup(string Language, IReadOnlyList<string> Phrases);
