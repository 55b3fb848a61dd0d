namespace KnowledgeBase.Core.Catalogue;

/// <summary>One version as the lists of instruments show it; the same words and formats as the store's
/// (<see cref="Storage.StoredVersion"/>): an ISO date, <c>in-force</c>, <c>public</c>.</summary>
public sealed record CataloguedVersion(string Slug, string Label, string Date, string Status, string Visibility, string? Note)
{
    /// <summary>The languages its text is written in, in the store's order (the API lists them).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
