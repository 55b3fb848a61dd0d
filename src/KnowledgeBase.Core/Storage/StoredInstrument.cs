namespace KnowledgeBase.Core.Storage;

/// <summary>An instrument as stored; <see cref="Id"/> is its slug.</summary>
public sealed class StoredInstrument
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public Dictionary<string, string> Title { get; set; } = [];
    public Dictionary<string, List<string>> ShortNames { get; set; } = [];
    public string? Number { get; set; }
    public string? Issuer { get; set; }
    public Dictionary<string, string> Notice { get; set; } = [];
    public string? Topic { get; set; }
}
