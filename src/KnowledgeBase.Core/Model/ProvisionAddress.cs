namespace KnowledgeBase.Core.Model;

/// <summary>Where a provision lives: instrument, version and id (the language is a separate choice of the reader).</summary>
public sealed record ProvisionAddress(string Slug, string Version, string EId)
{
    public override string ToString() => $"{Slug}@{Version}/{EId}";
}
