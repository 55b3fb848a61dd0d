using System.Buffers;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>The <c>{#key}</c> that may end a heading: the provision's identity across versions, whatever its number.</summary>
internal static class StableKey
{
    private static readonly SearchValues<char> KeyCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static KeyedHeading Read(string heading)
    {
        var trimmed = heading.AsSpan().Trim();
        var open = trimmed.LastIndexOf("{#", StringComparison.Ordinal);
        if (open < 0 || trimmed[^1] != '}')
            return new KeyedHeading(trimmed.ToString(), null, null);
        var written = trimmed[(open + 2)..^1];
        if (written.ContainsAny('{', '}'))
            return new KeyedHeading(trimmed.ToString(), null, null);
        var text = trimmed[..open].TrimEnd().ToString();
        return IsValid(written)
            ? new KeyedHeading(text, written.ToString(), null)
            : new KeyedHeading(text, null, written.ToString());
    }

    /// <summary>Lower-case ASCII letters, digits and hyphens, starting with a letter or digit, like a slug: keys end up in URLs.</summary>
    public static bool IsValid(ReadOnlySpan<char> key) =>
        key.Length > 0 && key[0] != '-' && !key.ContainsAnyExcept(KeyCharacters);
}
