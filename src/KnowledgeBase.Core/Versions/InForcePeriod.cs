namespace KnowledgeBase.Core.Versions;

/// <summary>The days on which one version is the version in force: from <see cref="From"/> up to, not including, <see cref="Until"/>.</summary>
/// <param name="From">Null when the version applies to every earlier day (the oldest version, by <see cref="VersionInForce"/>'s last rule).</param>
/// <param name="Until">Null while no later version has replaced it.</param>
public sealed record InForcePeriod(DateOnly? From, DateOnly? Until)
{
    public bool Contains(DateOnly date) => (From is null || From <= date) && (Until is null || date < Until);
}
