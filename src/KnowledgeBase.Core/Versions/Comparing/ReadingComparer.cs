namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Whether two readings are the same text under a drafter's options.</summary>
internal static class ReadingComparer
{
    /// <remarks>Equal readings are the same under any options; most provisions of consecutive versions are.</remarks>
    public static bool Same(string from, string to, ComparisonOptions options) =>
        string.Equals(from, to, StringComparison.Ordinal)
        || (options == ComparisonOptions.Exact && !HasLineEndingsToReplace(from) && !HasLineEndingsToReplace(to)
            ? from.AsSpan().Trim().SequenceEqual(to.AsSpan().Trim())
            : string.Equals(Form(from, options), Form(to, options), StringComparison.Ordinal));

    // Without these, the exact form is the text trimmed: compared in place, without two copies of each changed reading.
    private static readonly System.Buffers.SearchValues<char> OtherLineEndings = System.Buffers.SearchValues.Create("\r\f\u0085\u2028\u2029");

    private static bool HasLineEndingsToReplace(string text) => text.AsSpan().ContainsAny(OtherLineEndings);

    /// <summary>The form two readings are compared in: as written, or as words only; cited numbers masked when renumbering is ignored.</summary>
    public static string Form(string reading, ComparisonOptions options)
    {
        var text = options.IgnoreRenumbering ? CitedNumbers.Masked(reading) : reading;
        return options.IgnoreWhitespaceAndPunctuation
            ? string.Join(' ', Words.Of(text))
            : text.Trim().ReplaceLineEndings("\n");
    }
}
