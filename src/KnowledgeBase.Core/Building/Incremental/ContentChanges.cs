namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>What differs between the content a build read and the content now: instruments touched, and files outside any instrument.</summary>
/// <param name="Instruments">Slugs of the instrument folders with a file added, removed or changed (in ordinal order).</param>
/// <param name="SharedFiles">Changed files directly in <c>content/</c> (kb.yml): they bear on every instrument.</param>
public sealed record ContentChanges(IReadOnlyList<string> Instruments, IReadOnlyList<string> SharedFiles)
{
    /// <summary>Every path added, removed or changed, as the inventory names them (<c>slug/2014-10.en.md</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public bool None => Instruments.Count == 0 && SharedFiles.Count == 0;

    public static ContentChanges Between(ContentInventory previous, ContentInventory current)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, stamp) in current.Files)
            if (!previous.Files.TryGetValue(path, out var before) || before.Hash != stamp.Hash || before.Bytes != stamp.Bytes)
                changed.Add(path);
        foreach (var path in previous.Files.Keys)
            if (!current.Files.ContainsKey(path))
                changed.Add(path);
        var shared = changed.Where(p => p.IndexOf('/') < 0).ToList();
        var instruments = changed.Where(p => p.IndexOf('/') > 0).Select(p => p[..p.IndexOf('/')]).Distinct(StringComparer.Ordinal).ToList();
        return new ContentChanges(instruments, shared) { Paths = [.. changed] };
    }
}
