using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>A stored provision with what the comparison needs to know about it: where it stands and what it reads.</summary>
internal sealed class ComparedProvision
{
    public ComparedProvision(StoredProvision stored, string? containerEId, string? articleEId, string relativeNum, string reading)
    {
        Stored = stored;
        ContainerEId = containerEId;
        ArticleEId = articleEId;
        RelativeNum = relativeNum;
        Reading = reading;
    }

    public StoredProvision Stored { get; }
    public string EId => Stored.EId;
    public string Kind => Stored.Kind;
    public bool IsPart => Stored.Kind == "paragraph";
    public string? Heading => Stored.Heading;

    /// <summary>The chapter or section it stands in (for a part, its article): a change of container is a move.</summary>
    public string? ContainerEId { get; }

    /// <summary>For a part, the article it belongs to.</summary>
    public string? ArticleEId { get; }

    /// <summary>A part's number below its article (<c>1.3</c> of <c>45.1.3</c>): renumbering the article does not renumber its parts.</summary>
    public string RelativeNum { get; }

    /// <summary>What a reader compares: the heading and own text, and for an article the text of all its parts.</summary>
    public string Reading { get; }

    /// <summary>The reading as lower-cased words with cited numbers masked, which the matchers compare.</summary>
    /// <remarks>Computed when first asked for, as is <see cref="Bag"/>: a provision paired early (by key) never needs them.</remarks>
    public string MatchingText => field ??= CitedNumbers.Masked(Words.Joined(Reading));

    /// <summary>How many words the reading has, and how many of them are not all digits: two readings that mask to the same
    /// <see cref="MatchingText"/> have the same counts (masking turns a cited number into <c>#</c> and keeps every other word),
    /// so readings whose counts differ need not be masked to tell them apart.</summary>
    /// <remarks>The number of words is also <see cref="Bag"/>'s total, known without masking the text.</remarks>
    public (int Words, int NotNumbers) WordCounts => _wordCounts ??= CountWords(Reading);

    private (int Words, int NotNumbers)? _wordCounts;

    /// <summary>A hash of the reading's words, lower-cased, with every word's leading digits taken as one mark: masking only
    /// ever turns the leading digits of a word into <c>#</c>, so two readings that mask to the same <see cref="MatchingText"/>
    /// have the same hash, and readings whose hashes differ need not be masked to tell them apart.</summary>
    /// <remarks>One scan of the reading without a copy, where masking lower-cases, joins and searches the whole text.</remarks>
    public long MaskedHash => _maskedHash ??= HashWordsMaskingDigits(Reading);

    private long? _maskedHash;

    /// <summary>The words of <see cref="MatchingText"/>; most provisions of a code's next version are paired before any matcher counts words.</summary>
    public WordBag Bag => field ??= WordBag.OfJoined(MatchingText);

    private static long HashWordsMaskingDigits(string text)
    {
        const ulong Prime = 1099511628211;
        var hash = 14695981039346656037;
        var (inWord, leading, digits) = (false, false, false);
        foreach (var c in text.AsSpan())
        {
            if (!Words.IsWordCharacter(c))
            {
                if (inWord && leading && digits)
                    hash = (hash ^ '#') * Prime;
                if (inWord)
                    hash = (hash ^ ' ') * Prime;
                inWord = false;
                continue;
            }
            if (!inWord)
                (inWord, leading, digits) = (true, true, false);
            if (leading)
            {
                // A word's leading digits, if any, hash as the one '#' that masking would leave, then the rest of the word.
                if (char.IsDigit(c))
                {
                    digits = true;
                    continue;
                }
                leading = false;
                if (digits)
                    hash = (hash ^ '#') * Prime;
            }
            // As ToLowerInvariant lowers the whole text; a surrogate (lowered as a pair there) hashes as one constant.
            var lower = char.IsAscii(c) ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.IsSurrogate(c) ? '\uFFFF' : char.ToLowerInvariant(c);
            hash = (hash ^ lower) * Prime;
        }
        if (inWord && leading && digits)
            hash = (hash ^ '#') * Prime;
        return unchecked((long)hash);
    }

    private static (int Words, int NotNumbers) CountWords(string text)
    {
        var (words, notNumbers, inWord, allDigits) = (0, 0, false, true);
        foreach (var c in text.AsSpan())
        {
            if (Words.IsWordCharacter(c))
            {
                if (!inWord)
                    (inWord, allDigits) = (true, true);
                allDigits &= char.IsDigit(c);
            }
            else if (inWord)
            {
                (words, notNumbers, inWord) = (words + 1, notNumbers + (allDigits ? 0 : 1), false);
            }
        }
        return inWord ? (words + 1, notNumbers + (allDigits ? 0 : 1)) : (words, notNumbers);
    }
}
