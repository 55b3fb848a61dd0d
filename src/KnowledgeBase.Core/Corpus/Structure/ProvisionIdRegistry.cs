namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>The ids and keys already given in one version, so that each is given once.</summary>
internal sealed class ProvisionIdRegistry
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keyLines = new(StringComparer.Ordinal);

    public bool IsTaken(string id) => _ids.Contains(id);

    /// <summary>Gives <paramref name="id"/>, or when it is taken the first free of <c>id-2</c>, <c>id-3</c>…</summary>
    public string Claim(string id)
    {
        if (_ids.Add(id))
            return id;
        // Remember where the search stopped: a number repeated a thousand times must not cost a million look-ups.
        var suffix = _nextSuffix.GetValueOrDefault(id, 2);
        string candidate;
        while (!_ids.Add(candidate = $"{id}-{suffix}"))
            suffix++;
        _nextSuffix[id] = suffix + 1;
        return candidate;
    }

    /// <summary>Records that <paramref name="key"/> is written on <paramref name="line"/>; false, with the earlier line, when it was written before.</summary>
    public bool TryClaimKey(string key, int line, out int earlierLine)
    {
        if (_keyLines.TryGetValue(key, out earlierLine))
            return false;
        _keyLines.Add(key, line);
        return true;
    }
}
