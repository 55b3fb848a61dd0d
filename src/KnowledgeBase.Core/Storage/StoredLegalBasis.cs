namespace KnowledgeBase.Core.Storage;

/// <summary>A procedure version's legal-basis entry and the provision it resolved to.</summary>
public sealed class StoredLegalBasis
{
    public int Id { get; set; }
    /// <summary>Indexed: a procedure page asks for its own entries.</summary>
    public string ProcedureSlug { get; set; } = "";
    public string ProcedureVersion { get; set; } = "";
    public string Reference { get; set; } = "";
    /// <summary>Indexed: "which procedures apply this provision" asks by target instrument.</summary>
    public string TargetSlug { get; set; } = "";
    public string TargetVersion { get; set; } = "";
    public string TargetEId { get; set; } = "";
}
