using KnowledgeBase.Core.Corpus.Languages;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>Everything a build writes: rendered texts, every citation both ways, and procedures' legal bases.</summary>
public sealed record LinkedCorpus(
    IReadOnlyList<LinkedInstrument> Instruments,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<ResolvedLegalBasis> LegalBasis)
{
    /// <summary>The synonym groups of <c>kb.yml</c>, which the search applies to queries.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];
}
