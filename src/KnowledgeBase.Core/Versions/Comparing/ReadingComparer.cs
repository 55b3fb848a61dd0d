namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Whether two readings are the same text under a drafter's options.</summary>
internal static class ReadingComparer
{
    /// <remarks>Equal readings are the same under any options; most provisions of consecutive versions are.</remarks>
    public static bool Same(string from, string to, ComparisonOptions options) =>
        string.Equals(from, to, StringComparison.Ordinal) || string.Equals(Form(from, options), Form(to, options), StringComparison.Ordinal);

    /// <summary>The form two readings are compared in: as written, or as words only; cited numbers masked when renumbering is ignored.</summary>
    public static string Form(string reading, ComparisonOptions options)
    {
        var text = options.IgnoreRenumbering ? CitedNumbers.Masked(reading) : reading;
        return options.IgnoreWhitespaceAndPunctuation
            ? string.Join(' ', Words.Of(text))
            : text.Trim().ReplaceLineEndings("\n");
    }
}
