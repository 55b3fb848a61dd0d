namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>How many characters two texts share at their start and at their end, cut where both texts may be cut into the same pieces.</summary>
/// <remarks>
/// An amended article usually changes a few words of a long text: what precedes and follows the change reads the same in
/// both versions, so the words (or chunks) there need not be counted or diffed one by one. The ends are cut only at a
/// position the given rule allows in both texts (after a space or a punctuation mark, say), so no word is split
/// between an end and the middle, and they never overlap: prefix + suffix is at most the shorter text's length.
/// </remarks>
internal static class CommonEnds
{
    /// <param name="cuttable">Whether a text may be cut before the character at an index (0 and the length always may).</param>
    public static (int Prefix, int Suffix) Of(string a, string b, Func<string, int, bool> cuttable)
    {
        var prefix = a.AsSpan().CommonPrefixLength(b);
        while (prefix > 0 && !(cuttable(a, prefix) && cuttable(b, prefix)))
            prefix--;
        var most = Math.Min(a.Length, b.Length) - prefix;
        var suffix = 0;
        while (suffix < most && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        while (suffix > 0 && !(cuttable(a, a.Length - suffix) && cuttable(b, b.Length - suffix)))
            suffix--;
        return (prefix, suffix);
    }
}
