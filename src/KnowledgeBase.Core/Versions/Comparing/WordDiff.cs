using DiffPlex;
using DiffPlex.Model;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>Diffs two texts word by word with DiffPlex, within a budget that keeps every pair fast.</summary>
/// <remarks>
/// DiffPlex's Myers diff costs about (n + m) × d for n and m chunks and d edits, so a long text that was rewritten is the
/// slow case; and a word-level diff of two unrelated texts is only noise to a reader. Either way the pair is shown as a
/// whole-provision replacement instead. Both limits are checked before diffing, from chunk counts and shared words.
/// </remarks>
public sealed class WordDiff(int maxChunks = WordDiff.DefaultMaxChunks, double minSimilarity = WordDiff.DefaultMinSimilarity)
{
    /// <summary>Around 5,000 words on each side: several times the longest article of the corpus.</summary>
    public const int DefaultMaxChunks = 20_000;

    /// <summary>Below this share of words in common, the texts are replaced rather than diffed.</summary>
    public const double DefaultMinSimilarity = 0.2;

    public static WordDiff Default { get; } = new();

    public TextDiff Compare(string from, string to)
    {
        if (string.Equals(from, to, StringComparison.Ordinal))
            return new TextDiff(from.Length == 0 ? [] : [new DiffRun(DiffRunKind.Unchanged, from)], Replaced: false);
        var fromChunks = WordChunker.Instance.Chunk(from);
        var toChunks = WordChunker.Instance.Chunk(to);
        if (fromChunks.Count + toChunks.Count > maxChunks
            || (from.Length > 0 && to.Length > 0 && new WordBag(Words.Of(from)).Similarity(new WordBag(Words.Of(to))) < minSimilarity))
            return Replacement(from, to);

        var result = Differ.Instance.CreateDiffs(from, to, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        return new TextDiff(Runs(result), Replaced: false);
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
        if (count <= 0)
            return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind)
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else
            runs.Add(new DiffRun(kind, text));
    }
}
