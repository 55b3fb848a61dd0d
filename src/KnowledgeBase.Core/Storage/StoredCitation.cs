namespace KnowledgeBase.Core.Storage;

/// <summary>A citation, kept once and queried both ways: from its source and to its target.</summary>
public sealed class StoredCitation
{
    public int Id { get; set; }
    /// <summary><see cref="StoreSchema.VersionKey"/> of the citing version (indexed).</summary>
    public string SourceKey { get; set; } = "";
    public string SourceEId { get; set; } = "";
    public string Language { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary><see cref="StoreSchema.VersionKey"/> of the cited version, null when unresolved (indexed).</summary>
    public string? TargetKey { get; set; }
    public string? TargetSlug { get; set; }
    public string? TargetVersion { get; set; }
    public string? TargetEId { get; set; }
    public int Line { get; set; }
}
