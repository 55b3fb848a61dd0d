using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Versions;

/// <summary>Which version of an instrument applies on a date: the rule citations, legal bases and "as at" pages share.</summary>
/// <remarks>
/// The newest enacted version (adopted, in force or repealed) dated on or before the date; failing that, the newest version of
/// any status on or before it (a draft citing another draft); failing that, the oldest version.
/// </remarks>
public static class VersionInForce
{
    public static InstrumentVersion? On(IEnumerable<InstrumentVersion> versions, DateOnly date)
    {
        var ordered = versions.OrderBy(v => v.Date).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
        return ordered.LastOrDefault(v => v.Date <= date && IsEnacted(v.Status))
            ?? ordered.LastOrDefault(v => v.Date <= date)
            ?? ordered.FirstOrDefault();
    }

    public static bool IsEnacted(VersionStatus status) => status is VersionStatus.Adopted or VersionStatus.InForce or VersionStatus.Repealed;
}
