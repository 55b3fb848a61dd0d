namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>One aligned pair of provisions: the provision in the earlier version, its counterpart in the later one, and what happened.</summary>
/// <param name="FromEId">Null for an added provision.</param>
/// <param name="ToEId">Null for a removed provision.</param>
/// <param name="Similarity">How alike the two texts read, from 0 to 1; null when one side is missing.</param>
public sealed record ProvisionChange(ChangeKind Kind, string? FromEId, string? ToEId, string? FromNum, string? ToNum, double? Similarity);
