namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs the provisions, not yet aligned, that share a kind and a value no other candidate on either side has.</summary>
/// <remarks>
/// A value two candidates share says nothing about which is which, so it pairs neither: a later step decides. Values are
/// hashed as they are (a whole article's reading, for identical texts), never copied into a longer key.
/// </remarks>
internal static class UniquePairing
{
    public static void Pair(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment,
        Func<ComparedProvision, string?> valueOf, Func<ComparedProvision, ComparedProvision, bool>? accept = null)
    {
        var froms = Unique(from.Where(p => !alignment.HasFrom(p)), valueOf);
        if (froms.Count == 0)
            return;
        foreach (var (value, candidate) in Unique(to.Where(p => !alignment.HasTo(p)), valueOf))
            if (candidate is not null && froms.TryGetValue(value, out var earlier) && earlier is not null && (accept is null || accept(earlier, candidate)))
                alignment.Pair(earlier, candidate);
    }

    /// <summary>Each (kind, value) with the one candidate that has it, or null when several have it.</summary>
    private static Dictionary<(string Kind, string Value), ComparedProvision?> Unique(IEnumerable<ComparedProvision> candidates, Func<ComparedProvision, string?> valueOf)
    {
        var unique = new Dictionary<(string Kind, string Value), ComparedProvision?>();
        foreach (var candidate in candidates)
            if (valueOf(candidate) is { Length: > 0 } value)
            {
                var key = (candidate.Kind, value);
                unique[key] = unique.ContainsKey(key) ? null : candidate;
            }
        return unique;
    }
}
