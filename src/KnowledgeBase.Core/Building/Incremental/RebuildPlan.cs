namespace KnowledgeBase.Core.Building.Incremental;

/// <summary>Whether a build may start from the published one and redo only the instruments that changed, or must read everything.</summary>
/// <param name="Full">Read, parse, link and write the whole corpus.</param>
/// <param name="Reason">Why, in words for the build's output ("kb.yml changed", "2 instruments changed").</param>
/// <param name="Instruments">When not full: the instruments to re-read, re-link and write again (added, changed or removed).</param>
public sealed record RebuildPlan(bool Full, string Reason, IReadOnlyList<string> Instruments)
{
    /// <summary>Of <see cref="Instruments"/>, those whose only changed files are version files (<c>slug/*.md</c>), with
    /// those files' inventory paths: the build may read again only the versions they belong to (see <see cref="VersionEdit"/>).
    /// An instrument whose <c>instrument.yml</c> or any other file changed is read again whole.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> VersionFiles { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    public static RebuildPlan Everything(string reason) => new(true, reason, []);

    /// <summary>Decides from the inventory the published build was made from and the content as it is now.</summary>
    /// <remarks>
    /// Anything global forces a full build: no previous inventory, another audience's data, another build of the code (it may
    /// parse the same files differently), or a changed file outside the instrument folders (kb.yml declares languages,
    /// structure words and link rules that every text is read with).
    /// </remarks>
    public static RebuildPlan Decide(ContentInventory? previous, ContentInventory current, bool forceFull = false)
    {
        if (forceFull)
            return Everything("a full build was asked for");
        if (previous is null)
            return Everything("no published build to start from");
        if (previous.Code != current.Code)
            return Everything("the published build was made by another build of the code");
        var changes = ContentChanges.Between(previous, current);
        if (changes.SharedFiles.Count > 0)
            return Everything($"{string.Join(", ", changes.SharedFiles)} changed");
        return new RebuildPlan(false, changes.Instruments.Count switch
        {
            0 => "no content changed",
            1 => $"1 instrument changed ({changes.Instruments[0]})",
            var n => $"{n} instruments changed",
        }, changes.Instruments) { VersionFiles = VersionFilesOf(changes) };
    }

    private static Dictionary<string, IReadOnlySet<string>> VersionFilesOf(ContentChanges changes)
    {
        var files = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var instrument in changes.Paths.Where(p => p.IndexOf('/') > 0).GroupBy(p => p[..p.IndexOf('/')], StringComparer.Ordinal))
            if (instrument.All(IsVersionFile))
                files[instrument.Key] = instrument.ToHashSet(StringComparer.Ordinal);
        return files;
    }

    /// <summary>A file directly in an instrument folder named like a version (<c>2014-10.en.md</c>); what it holds is read later.</summary>
    private static bool IsVersionFile(string path) =>
        path.IndexOf('/') is var slash && path.IndexOf('/', slash + 1) < 0 && path.EndsWith(".md", StringComparison.Ordinal);
}
