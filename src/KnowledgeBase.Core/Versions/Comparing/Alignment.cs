namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>The pairs found so far: each matcher adds to it and never undoes what an earlier, surer matcher decided.</summary>
/// <remarks>
/// A provision has at most one counterpart by identity (a pair). A split or merge adds a second kind of link: the earlier
/// provision that one side of it also came from or went to.
/// </remarks>
internal sealed class Alignment
{
    private readonly Dictionary<string, string> _toByFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fromByTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _splitFromByTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergedToByFrom = new(StringComparer.Ordinal);
    // The sources of splits and the targets of merges, so asking whether a provision is one costs no scan of the links.
    private readonly HashSet<string> _splitSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mergeTargets = new(StringComparer.Ordinal);

    public bool HasFrom(ComparedProvision from) => _toByFrom.ContainsKey(from.EId) || _mergedToByFrom.ContainsKey(from.EId);

    public bool HasTo(ComparedProvision to) => _fromByTo.ContainsKey(to.EId) || _splitFromByTo.ContainsKey(to.EId);

    public void Pair(ComparedProvision from, ComparedProvision to)
    {
        _toByFrom.Add(from.EId, to.EId);
        _fromByTo.Add(to.EId, from.EId);
    }

    /// <summary><paramref name="to"/> is a new provision made from part of <paramref name="from"/>, which kept its own counterpart.</summary>
    public void SplitOff(ComparedProvision from, ComparedProvision to)
    {
        _splitFromByTo.Add(to.EId, from.EId);
        _splitSources.Add(from.EId);
    }

    /// <summary><paramref name="from"/> was folded into <paramref name="to"/>, which is the counterpart of another provision.</summary>
    public void MergeInto(ComparedProvision from, ComparedProvision to)
    {
        _mergedToByFrom.Add(from.EId, to.EId);
        _mergeTargets.Add(to.EId);
    }

    public string? ToOf(string fromEId) => _toByFrom.GetValueOrDefault(fromEId);

    public string? FromOf(string toEId) => _fromByTo.GetValueOrDefault(toEId);

    public string? SplitSourceOf(string toEId) => _splitFromByTo.GetValueOrDefault(toEId);

    public string? MergeTargetOf(string fromEId) => _mergedToByFrom.GetValueOrDefault(fromEId);

    public bool WasSplit(string fromEId) => _splitSources.Contains(fromEId);

    public bool WasMergedInto(string toEId) => _mergeTargets.Contains(toEId);

    /// <summary>Every pair of provisions one came from the other, by identity, split or merge.</summary>
    public IEnumerable<(string From, string To)> Links() =>
        _toByFrom.Select(p => (p.Key, p.Value))
            .Concat(_splitFromByTo.Select(p => (p.Value, p.Key)))
            .Concat(_mergedToByFrom.Select(p => (p.Key, p.Value)));
}
