using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>Everything a build writes: rendered texts, every citation both ways, and procedures' legal bases.</summary>
public sealed record LinkedCorpus(
    IReadOnlyList<LinkedInstrument> Instruments,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<ResolvedLegalBasis> LegalBasis);
