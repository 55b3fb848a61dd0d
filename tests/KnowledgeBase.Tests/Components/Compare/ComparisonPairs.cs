using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site.Comparing;

namespace KnowledgeBase.Tests.Components.Compare;

/// <summary>Aligned pairs as the comparison components receive them, small enough to read.</summary>
internal static class ComparisonPairs
{
    public static StoredProvision Article(string num, string heading, string text = "") =>
        new() { EId = $"art_{num}", Kind = "article", Num = num, Heading = heading, Label = $"Article {num}. {heading}", Text = text };

    public static StoredProvision Part(string num, string text) =>
        new() { EId = $"art_{num.Split('.')[0]}__para_{num[(num.IndexOf('.') + 1)..]}", Kind = "paragraph", Num = num, Label = $"{num}.", Text = text };

    public static ComparedPair Unchanged(StoredProvision provision) =>
        new(new ProvisionChange(ChangeKind.Unchanged, provision.EId, provision.EId, provision.Num, provision.Num, 1), provision, provision,
            new TextDiff([new DiffRun(DiffRunKind.Unchanged, provision.Text)], Replaced: false), null);

    public static ComparedPair Changed(ChangeKind kind, StoredProvision? from, StoredProvision? to, int number) =>
        new(new ProvisionChange(kind, from?.EId, to?.EId, from?.Num, to?.Num, from is null || to is null ? null : .8), from, to,
            WordDiff.Default.Compare(from?.Text ?? "", to?.Text ?? ""), number);
}
