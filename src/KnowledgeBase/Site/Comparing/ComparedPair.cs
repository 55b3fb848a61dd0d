using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Site.Comparing;

/// <summary>One aligned pair as the comparison page shows it: the two provisions, the diff of their own text, and its place among the changes.</summary>
/// <param name="From">Null for an added provision.</param>
/// <param name="To">Null for a removed provision.</param>
/// <param name="Diff">The word diff of the two own texts; for an added or removed provision, the whole text inserted or deleted.</param>
/// <param name="ChangeNumber">1 for the first change of the page, and so on; null for an unchanged pair.</param>
public sealed record ComparedPair(ProvisionChange Change, StoredProvision? From, StoredProvision? To, TextDiff Diff, int? ChangeNumber)
{
    public bool IsChange => ChangeNumber is not null;

    /// <summary>The id of the pair on the page, which the changes table and the next/previous links point at.</summary>
    public string? Anchor => ChangeNumber is { } n ? AnchorOf(n) : null;

    public static string AnchorOf(int changeNumber) => $"change-{changeNumber}";
}
