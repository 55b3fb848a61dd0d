namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>One step of the alignment: pairs some of the provisions earlier steps left alone.</summary>
internal interface IProvisionMatcher
{
    /// <param name="from">Candidates of the earlier version (some already aligned).</param>
    /// <param name="to">Candidates of the later version.</param>
    void Match(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment);
}
