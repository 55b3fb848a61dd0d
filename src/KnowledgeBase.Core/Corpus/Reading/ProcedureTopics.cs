namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>The topics by which the procedures index is grouped.</summary>
public static class ProcedureTopics
{
    public static readonly IReadOnlyList<string> All = ["residence", "work", "citizenship", "refugees", "registration", "expulsion", "e-services"];
}
