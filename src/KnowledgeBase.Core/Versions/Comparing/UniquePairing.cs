namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Pairs the provisions, not yet aligned, that share a kind and a value no other candidate on either side has.</summary>
/// <remarks>A value two candidates share says nothing about which is which, so it pairs neither: a later step decides.</remarks>
internal static class UniquePairing
{
    public static void Pair(IReadOnlyList<ComparedProvision> from, IReadOnlyList<ComparedProvision> to, Alignment alignment,
        Func<ComparedProvision, string?> valueOf, Func<ComparedProvision, ComparedProvision, bool>? accept = null)
    {
        var froms = Unique(from.Where(p => !alignment.HasFrom(p)), valueOf);
        foreach (var (value, candidate) in Unique(to.Where(p => !alignment.HasTo(p)), valueOf))
            if (froms.TryGetValue(value, out var earlier) && (accept is null || accept(earlier, candidate)))
                alignment.Pair(earlier, candidate);
    }

    private static Dictionary<string, ComparedProvision> Unique(IEnumerable<ComparedProvision> candidates, Func<ComparedProvision, string?> valueOf) =>
        candidates
            .Select(p => (Value: valueOf(p) is { Length: > 0 } value ? $"{p.Kind}\u0000{value}" : null, Provision: p))
            .Where(p => p.Value is not null)
            .GroupBy(p => p.Value!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Provision, StringComparer.Ordinal);
}
