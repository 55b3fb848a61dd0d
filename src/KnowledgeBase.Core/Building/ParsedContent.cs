using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Building;

/// <summary>What the reading stages hand to linking: the parsed instruments and the settings every text is read with.</summary>
public sealed record ParsedContent(IReadOnlyList<ParsedInstrument> Instruments, LanguageCatalog Languages, IReadOnlyList<LinkRule> Links)
{
    /// <summary>kb.yml's synonym groups, which travel with the index.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];
}
