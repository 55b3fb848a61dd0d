using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Versions;

/// <summary>For each version of an instrument, the days on which <see cref="VersionInForce.On"/> names it.</summary>
/// <remarks>
/// The rule only changes its answer on a day some version is dated, so it is asked once per stretch between version dates
/// rather than once per day. The versions it names follow one another in date order (the newest version on or before the
/// day, enacted ones first once there is one), so each version's days form a single interval; a version the rule never
/// names (superseded on its own date) has no period. Storing the interval lets a search ask "in force on D" with a range.
/// </remarks>
public static class InForcePeriods
{
    public static IReadOnlyDictionary<string, InForcePeriod> Of(IReadOnlyCollection<InstrumentVersion> versions)
    {
        var periods = new Dictionary<string, InForcePeriod>(StringComparer.Ordinal);
        var dates = versions.Select(v => v.Date).Distinct().Order().ToList();
        if (dates.Count == 0)
            return periods;

        // Before the first version, the rule falls back to the oldest version.
        if (dates[0] > DateOnly.MinValue)
            Extend(periods, VersionInForce.On(versions, dates[0].AddDays(-1))!, from: null, until: dates[0]);
        for (var i = 0; i < dates.Count; i++)
            Extend(periods, VersionInForce.On(versions, dates[i])!, dates[i], i + 1 < dates.Count ? dates[i + 1] : null);
        return periods;
    }

    private static void Extend(Dictionary<string, InForcePeriod> periods, InstrumentVersion named, DateOnly? from, DateOnly? until)
    {
        periods[named.Label] = periods.TryGetValue(named.Label, out var known)
            ? new InForcePeriod(Earlier(known.From, from), Later(known.Until, until))
            : new InForcePeriod(from, until);
    }

    // Null is the open end: earlier than any day for a start, later than any day for an end.
    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null || b is null ? null : a < b ? a : b;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null || b is null ? null : a > b ? a : b;
}
