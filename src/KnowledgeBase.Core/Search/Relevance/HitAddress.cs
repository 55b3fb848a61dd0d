namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>The stable addresses a judgment names a hit by: <c>slug#eId</c> for a provision, <c>slug</c> for a whole procedure.</summary>
/// <remarks>Versions and languages are left out on purpose: a reader who needs Article 23 is served by whichever version and
/// language the search shows first, and a procedure is found whichever of its sections matched.</remarks>
public static class HitAddress
{
    public static string Of(string slug, string eId) => slug + "#" + eId;

    /// <summary>The judged address <paramref name="hit"/> stands for, if any: its provision's, else its instrument's.</summary>
    public static string? Judged(SearchHit hit, IReadOnlyDictionary<string, int> relevant)
    {
        var provision = Of(hit.Slug, hit.EId);
        if (relevant.ContainsKey(provision))
            return provision;
        return relevant.ContainsKey(hit.Slug) ? hit.Slug : null;
    }
}
