namespace KnowledgeBase.Core.Building;

/// <summary>The figures a build prints when it ends.</summary>
public sealed record BuildSummary(
    int Instruments,
    int Versions,
    int Files,
    int Provisions,
    int Citations,
    int ResolvedCitations,
    int IndexedDocuments,
    int Warnings,
    int Errors,
    TimeSpan Elapsed);
