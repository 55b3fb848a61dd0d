namespace KnowledgeBase.Core.Versions;

/// <summary>A provision's history: where it stands in each version of its instrument, matched by <see cref="ProvisionIdentities"/>.</summary>
/// <remarks>Pure over stored provisions, so a page, a comparison or a test can give it any texts.</remarks>
public static class ProvisionHistory
{
    /// <summary>The provision <paramref name="eId"/> of <paramref name="from"/> as it stands in each of <paramref name="versions"/>, in their order.</summary>
    /// <returns>One occurrence per version (with a null provision where it does not exist); empty when <paramref name="from"/> has no such provision.</returns>
    public static IReadOnlyList<ProvisionOccurrence> Trace(string eId, VersionProvisions from, IReadOnlyList<VersionProvisions> versions)
    {
        if (new ProvisionIdentities(from.Provisions).IdentityOf(eId) is not { } identity)
            return [];
        return [.. versions.Select(v => new ProvisionOccurrence(v.Version, new ProvisionIdentities(v.Provisions).Find(identity)))];
    }
}
