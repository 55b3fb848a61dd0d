namespace KnowledgeBase.Core.Storage;

/// <summary>One provision of one version in one language, with its own text and rendered HTML (nested provisions are stored apart).</summary>
public sealed class StoredProvision
{
    /// <summary><see cref="StoreSchema.TextKey"/> + <c>/</c> + eId.</summary>
    public string Id { get; set; } = "";
    /// <summary><see cref="StoreSchema.TextKey"/>: all provisions of one text share it (indexed).</summary>
    public string TextKey { get; set; } = "";
    public string EId { get; set; } = "";
    public string? ParentEId { get; set; }
    /// <summary>Position in document order within the text.</summary>
    public int Order { get; set; }
    public string Kind { get; set; } = "";
    public string Num { get; set; } = "";
    public string? Heading { get; set; }
    public string? Key { get; set; }
    /// <summary>What the provision is shown under: <c>Article 45. Temporary residence permit</c>, <c>45.1.</c>.</summary>
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";
    public string Html { get; set; } = "";
    public int Line { get; set; }
}
