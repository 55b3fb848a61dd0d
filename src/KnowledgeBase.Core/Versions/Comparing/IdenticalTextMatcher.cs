namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs provisions that read word for word the same (cited numbers aside): a part pushed down by an insertion.</summary>
internal sealed class IdenticalTextMatcher : IProvisionMatcher
{
    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment) =>
        UniquePairing.Pair(from, to, alignment, p => p.MatchingText);
}
