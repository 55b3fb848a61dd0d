namespace KnowledgeBase.Core.Search.Answers;

/// <summary>The provision a citation query names, shown above the ordinary hits.</summary>
/// <param name="Hit">The article, in the query's language where it has one; <see cref="SearchHit.Part"/> names the part when the number does.</param>
/// <param name="AlsoIn">The titles of the other instruments that have a provision of that number, when the query did not name one.</param>
public sealed record DirectAnswer(SearchHit Hit, IReadOnlyList<string> AlsoIn)
{
    /// <summary>Whether an ordinary hit is the answer's own document (the same article, version and language), shown once.</summary>
    public bool Names(SearchHit hit) =>
        hit.Slug == Hit.Slug && hit.Version == Hit.Version && hit.Language == Hit.Language && hit.EId == Hit.EId;
}
