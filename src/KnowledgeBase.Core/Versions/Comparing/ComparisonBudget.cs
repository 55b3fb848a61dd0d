using System.Diagnostics;

namespace KnowledgeBase.Core.Versions.Comparing;

/// <summary>One deadline for the whole comparison of two versions: aligning, ordering, classifying and the word diffs a page
/// shows, with a margin left for rendering the page.</summary>
/// <remarks>
/// <para>
/// Started when a request has read both texts and starts comparing (<see cref="StartingNow"/>): of <see cref="PerComparison"/>, the aligner's steps that
/// read words (masked texts, likeness, splits and merges) may run until <see cref="AligningDeadline"/>; the word diffs until
/// <see cref="DiffingDeadline"/>; the rest is the margin for rendering. What runs after the aligner's deadline is matching by
/// hashing and classifying, both linear in the texts and only counting the words between a changed pair's common ends.
/// </para>
/// <para>
/// Past its deadline a step that reads words keeps only decisions that do not depend on the rest of its work, and no later
/// step pairs anything (<see cref="ProvisionAligner"/>), so every provision still appears once and what a comparison cut
/// short pairs, the full one pairs the same way; what is left is shown added or removed (or, past the diffing deadline, replaced rather than diffed), and the comparison says it
/// was cut short (<see cref="Curtailed"/>). A zero budget is spent from the start (tests are never timed); <see cref="None"/>
/// is never spent (an export, where a complete answer matters more than speed).
/// </para>
/// </remarks>
public sealed class ComparisonBudget
{
    /// <summary>What a comparison may take, from aligning to its last word diff, rendering the page included.</summary>
    public static readonly TimeSpan PerComparison = TimeSpan.FromMilliseconds(250);

    /// <summary>Until when the aligner may read words; measured on the Code du Travail (bench/README.md), most pairs need far less.</summary>
    public static readonly TimeSpan Aligning = TimeSpan.FromMilliseconds(110);

    /// <summary>What is left after the word diffs for rendering the page (1,500 provisions of a national code) and for the slack of a loaded machine.</summary>
    public static readonly TimeSpan RenderingMargin = TimeSpan.FromMilliseconds(60);

    private ComparisonBudget(long aligningDeadline, long diffingDeadline)
    {
        AligningDeadline = aligningDeadline;
        DiffingDeadline = diffingDeadline;
    }

    /// <summary>The budget of a page that starts comparing now.</summary>
    public static ComparisonBudget StartingNow() => Of(Aligning, PerComparison - RenderingMargin);

    /// <summary>A budget that is never spent: everything is aligned and diffed, however long it takes.</summary>
    public static ComparisonBudget None => new(long.MaxValue, long.MaxValue);

    /// <param name="aligning">How long from now the aligner may read words.</param>
    /// <param name="diffing">How long from now word diffs may run (at least as long as <paramref name="aligning"/>).</param>
    public static ComparisonBudget Of(TimeSpan aligning, TimeSpan diffing)
    {
        var now = Stopwatch.GetTimestamp();
        return new(After(now, aligning), After(now, diffing < aligning ? aligning : diffing));
    }

    /// <summary>The <see cref="Stopwatch.GetTimestamp"/> value past which the aligner reads no more words.</summary>
    public long AligningDeadline { get; }

    /// <summary>The <see cref="Stopwatch.GetTimestamp"/> value past which changed provisions are shown replaced, not diffed (<see cref="WordDiff.Compare(string, string, long)"/>).</summary>
    public long DiffingDeadline { get; }

    /// <summary>Whether this budget is never spent (<see cref="None"/>).</summary>
    public bool IsNone => AligningDeadline == long.MaxValue && DiffingDeadline == long.MaxValue;

    /// <summary>The word diff for the provisions compared under this budget: an unlimited budget is unlimited for each diff too
    /// (<see cref="WordDiff.Default"/> gives up on one diff after 50 ms), so a complete comparison never depends on how busy
    /// the machine is.</summary>
    public WordDiff Differ => IsNone ? WordDiff.Unhurried : WordDiff.Default;

    /// <summary>Whether a costly step of the aligner found the budget spent and skipped (some of) its work.</summary>
    public bool Curtailed { get; private set; }

    /// <summary>Whether the aligner's share is spent; asked by a costly step before each unit of its work, which it then skips.</summary>
    public bool Spent()
    {
        if (Stopwatch.GetTimestamp() < AligningDeadline)
            return false;
        Curtailed = true;
        return true;
    }

    /// <summary>Whether the word diffs' deadline has passed: a page that finds it so shows some changes replaced, not diffed.</summary>
    public bool DiffingSpent() => Stopwatch.GetTimestamp() >= DiffingDeadline;

    private static long After(long now, TimeSpan span) =>
        span >= TimeSpan.FromDays(1) ? long.MaxValue : now + (long)(span.TotalSeconds * Stopwatch.Frequency);
}
