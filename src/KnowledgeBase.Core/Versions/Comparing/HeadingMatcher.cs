namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs provisions whose heading no other provision of their kind shares: a renumbered or moved article or chapter keeps its title.</summary>
internal sealed class HeadingMatcher : IProvisionMatcher
{
    public void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment) =>
        UniquePairing.Pair(from, to, alignment, p => Headings.Normalized(p.Heading));
}
