using System.Diagnostics;
using DiffPlex;
using DiffPlex.Model;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Diffs two texts word by word with DiffPlex, within a budget that keeps every pair fast.</summary>
/// <remarks>
/// DiffPlex's Myers diff costs about (n + m) × d for n and m chunks and d edits, so a long text that was rewritten is the
/// slow case, and it has no cap of its own; a word-level diff of two unrelated texts is only noise to a reader. Either way
/// the pair is shown as a whole-provision replacement instead: when the texts share under a fifth of their words, or when
/// <see cref="EditCost"/> finds the shortest edit script costs more than the budget (in work, or in time) to find.
/// </remarks>
/// <param name="maxWork">Diagonals tried plus chunks compared by the edit-cost search, at most.</param>
/// <param name="timeLimit">How long the edit-cost search may run, whatever its count of work; a second cap for a loaded machine.</param>
public sealed class WordDiff(long maxWork = WordDiff.DefaultMaxWork, double minSimilarity = WordDiff.DefaultMinSimilarity, TimeSpan? timeLimit = null)
{
    /// <summary>
    /// A million steps: a few milliseconds for the search, some tens for DiffPlex after it (see bench/README.md), and far
    /// more than a rewritten article needs.
    /// </summary>
    public const long DefaultMaxWork = 1_000_000;

    /// <summary>Below this share of words in common, the texts are replaced rather than diffed.</summary>
    public const double DefaultMinSimilarity = 0.2;

    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromMilliseconds(50);

    private readonly TimeSpan _timeLimit = timeLimit ?? DefaultTimeLimit;

    public static WordDiff Default { get; } = new();

    /// <summary>Without the time limit (the work cap stays): the same texts are always diffed the same way, however busy the
    /// machine, as an export made to be attached to a draft needs.</summary>
    public static WordDiff Unhurried { get; } = new(timeLimit: TimeSpan.FromDays(1));

    public TextDiff Compare(string from, string to) => Compare(from, to, long.MaxValue);

    /// <summary>As <see cref="Compare(string, string)"/>, within a deadline shared by every diff of one page.</summary>
    /// <param name="deadline">
    /// A <see cref="Stopwatch.GetTimestamp"/> value (<see cref="ComparisonBudget.DiffingDeadline"/>): a diff not done by then
    /// (or asked for after it) is shown as a whole replacement, so a comparison of many long changed provisions stays within
    /// one budget however many there are.
    /// </param>
    public TextDiff Compare(string from, string to, long deadline)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
            return new TextDiff(from.Length == 0 ? [] : [new DiffRun(DiffRunKind.Unchanged, from)], Replaced: false);
        if (from.Length == 0 || to.Length == 0)
            return Replacement(from, to) with { Replaced = false };
        if (Stopwatch.GetTimestamp() >= deadline || WordBag.SimilarityOf(from, to) < minSimilarity)
            return Replacement(from, to);

        // Only what lies between the common ends is chunked and diffed (an amended article keeps most of its text); the ends are
        // cut between chunks, so the middle is chunked as it is within the whole text, and they are kept as they read.
        var (prefix, suffix) = CommonEnds.Of(from, to, WordChunker.MayCut);
        var (fromMiddle, toMiddle) = (from[prefix..^suffix], to[prefix..^suffix]);
        var chunks = new KnownChunks(fromMiddle, WordChunker.Instance.Chunk(fromMiddle), toMiddle, WordChunker.Instance.Chunk(toMiddle));
        var endChunks = WordChunker.Count(from.AsSpan(0, prefix)) + WordChunker.Count(from.AsSpan(from.Length - suffix));
        if (!FitsTheBudget(chunks, endChunks, deadline))
            return Replacement(from, to);

        var runs = new List<DiffRun>();
        Add(runs, DiffRunKind.Unchanged, from[..prefix]);
        if (fromMiddle.Length == 0 || toMiddle.Length == 0)
        {
            Add(runs, DiffRunKind.Deleted, fromMiddle);
            Add(runs, DiffRunKind.Inserted, toMiddle);
        }
        else
        {
            foreach (var run in Runs(Differ.Instance.CreateDiffs(fromMiddle, toMiddle, ignoreWhiteSpace: false, ignoreCase: false, chunks)))
                Add(runs, run.Kind, run.Text);
        }
        Add(runs, DiffRunKind.Unchanged, from[^suffix..]);
        return new TextDiff(runs, Replaced: false);
    }

    /// <param name="endChunks">The chunks of the common ends, which the search would have walked through one step each.</param>
    private bool FitsTheBudget(KnownChunks chunks, int endChunks, long deadline)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Ids(IReadOnlyList<string> text) => [.. text.Select(chunk => ids.TryGetValue(chunk, out var id) ? id : ids[chunk] = ids.Count)];
        var (fromIds, toIds) = (Ids(chunks.FromChunks), Ids(chunks.ToChunks));
        return EditCost.Fits(fromIds, toIds, maxWork - endChunks, Math.Min(deadline, Stopwatch.GetTimestamp() + (long)(_timeLimit.TotalSeconds * Stopwatch.Frequency)));
    }

    /// <summary>The two texts' chunks, cut once by <see cref="WordChunker"/> and handed to DiffPlex as they are.</summary>
    private sealed class KnownChunks(string from, IReadOnlyList<string> fromChunks, string to, IReadOnlyList<string> toChunks) : IChunker
    {
        public IReadOnlyList<string> FromChunks => fromChunks;
        public IReadOnlyList<string> ToChunks => toChunks;

        public IReadOnlyList<string> Chunk(string text) =>
            ReferenceEquals(text, from) ? fromChunks : ReferenceEquals(text, to) ? toChunks : WordChunker.Instance.Chunk(text);
    }

    private static TextDiff Replacement(string from, string to) =>
        new([.. new[] { new DiffRun(DiffRunKind.Deleted, from), new DiffRun(DiffRunKind.Inserted, to) }.Where(r => r.Text.Length > 0)], Replaced: true);

    private static List<DiffRun> Runs(DiffResult result)
    {
        var runs = new List<DiffRun>();
        var oldAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, DiffRunKind.Unchanged, result.PiecesOld, oldAt, block.DeleteStartA - oldAt);
            Add(runs, DiffRunKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, DiffRunKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }
        Add(runs, DiffRunKind.Unchanged, result.PiecesOld, oldAt, result.PiecesOld.Count - oldAt);
        return runs;
    }

    /// <summary>Appends the chunks as a run, joined to the previous run when it is of the same kind.</summary>
    private static void Add(List<DiffRun> runs, DiffRunKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count > 0)
            Add(runs, kind, string.Concat(pieces.Skip(start).Take(count)));
    }

    /// <summary>Appends the text as a run, joined to the previous run when it is of the same kind.</summary>
    private static void Add(List<DiffRun> runs, DiffRunKind kind, string text)
    {
        if (text.Length == 0)
            return;
        if (runs.Count > 0 && runs[^1].Kind == kind)
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else
            runs.Add(new DiffRun(kind, text));
    }
}
