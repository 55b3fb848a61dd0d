namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs provisions that carry the same stable <c>{#key}</c>: the drafter's own word that they are one provision.</summary>
internal sealed class KeyMatcher : IProvisionMatcher
{
    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment) =>
        UniquePairing.Pair(from, to, alignment, p => p.Stored.Key);
}
