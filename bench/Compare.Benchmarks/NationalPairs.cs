using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Core.Versions.Comparing;

namespace Compare.Benchmarks;

/// <summary>
/// Every consecutive pair of versions of one code of a national build, compared as the comparison page does, against
/// <c>git diff --no-index --word-diff</c> on the same two Markdown files; then one pair of unrelated texts.
/// </summary>
/// <remarks>
/// Interleaved pair by pair, each timed <c>rounds</c> times, medians reported. Ours is in-process (texts read from the store
/// beforehand, as a warm site has them); git is a whole process, as a reader at a terminal would run it.
/// </remarks>
internal static class NationalPairs
{
    public static int Run(string data, string content, string slug, string unrelatedFrom, string unrelatedTo, int rounds)
    {
        using var build = PublishedBuild.OpenCurrent(new BuildFolders(data, Audience.Public))
            ?? throw new InvalidOperationException($"No public build in {data}");
        var versions = build.Store.Versions(slug);
        Console.WriteLine($"{slug}: {versions.Count} versions, {versions.Count - 1} consecutive pairs; {rounds} rounds each; medians in ms");
        Console.WriteLine("| pair | provisions | changes | replaced | curtailed | reading both texts | ours | of which aligning | slowest word diff | git --word-diff | ours / git |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var ratios = new List<double>();
        var slowest = 0.0;
        var (over, runs, notInFull) = (0, 0, 0);
        var slowestRound = (Ms: 0.0, Pair: "");
        for (var i = 1; i < versions.Count; i++)
        {
            var (a, b) = (versions[i - 1].Label, versions[i].Label);
            // What the page reads before comparing (not part of the comparison's budget), timed once per pair.
            var reading = Stopwatch.StartNew();
            var from = build.Store.Provisions(slug, a, "fr");
            var to = build.Store.Provisions(slug, b, "fr");
            var read = reading.Elapsed.TotalMilliseconds;
            var fromFile = Path.Combine(content, slug, $"{a}.fr.md");
            var toFile = Path.Combine(content, slug, $"{b}.fr.md");
            var ours = new List<double>();
            var git = new List<double>();
            var aligning = new List<double>();
            var (changes, replaced, worstDiff, curtailed) = (0, 0, 0.0, false);
            for (var round = 0; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                (changes, replaced, worstDiff, var aligned, curtailed) = CompareLikeThePage(from, to);
                ours.Add(clock.Elapsed.TotalMilliseconds);
                aligning.Add(aligned);
                git.Add(GitWordDiff(fromFile, toFile));
            }
            var (oursMedian, gitMedian) = (Median(ours), Median(git));
            over += ours.Count(o => o > ComparisonBudget.PerComparison.TotalMilliseconds);
            if (ours.Max() > slowestRound.Ms)
                slowestRound = (ours.Max(), $"{a} → {b}");
            runs += ours.Count;
            // Outside the timing: what a comparison cut short at once pairs, the complete one must pair the same way.
            notInFull += CurtailedPairsNotInFull(from, to);
            ratios.Add(oursMedian / gitMedian);
            slowest = Math.Max(slowest, oursMedian);
            Console.WriteLine(Invariant($"| {a} → {b} | {from.Count} → {to.Count} | {changes} | {replaced} | {(curtailed ? "yes" : "")} | {read:0.0} | {oursMedian:0.0} | {Median(aligning):0.0} | {worstDiff:0.0} | {gitMedian:0.0} | {oursMedian / gitMedian:0.00} |"));
        }
        Console.WriteLine(Invariant($"slowest pair (ours): {slowest:0.0} ms; ours / git: median {Median(ratios):0.00}, worst {ratios.Max():0.00}"));
        Console.WriteLine(Invariant($"comparisons over {ComparisonBudget.PerComparison.TotalMilliseconds:0} ms: {over} of {runs} (slowest {slowestRound.Ms:0.0} ms, {slowestRound.Pair}); pairs of a zero-budget comparison that the complete one lacks: {notInFull}"));

        // Two unrelated texts, each read whole as one string: the case Myers has no cost cap for.
        var unrelated = (File.ReadAllText(unrelatedFrom), File.ReadAllText(unrelatedTo));
        var oursUnrelated = new List<double>();
        var gitUnrelated = new List<double>();
        var diff = WordDiff.Default.Compare(unrelated.Item1, unrelated.Item2);
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            diff = WordDiff.Default.Compare(unrelated.Item1, unrelated.Item2);
            oursUnrelated.Add(clock.Elapsed.TotalMilliseconds);
            gitUnrelated.Add(GitWordDiff(unrelatedFrom, unrelatedTo));
        }
        var diffPlexAlone = Stopwatch.StartNew();
        new DiffPlex.Differ().CreateDiffs(unrelated.Item1, unrelated.Item2, false, false, WordChunker.Instance);
        var (fromName, toName) = (Path.GetFileName(Path.GetDirectoryName(unrelatedFrom)), Path.GetFileName(Path.GetDirectoryName(unrelatedTo)));
        Console.WriteLine(Invariant($"unrelated {fromName} ({unrelated.Item1.Length:N0} chars) vs {toName} ({unrelated.Item2.Length:N0} chars): ours {Median(oursUnrelated):0.0} ms (replaced: {diff.Replaced}), DiffPlex alone {diffPlexAlone.Elapsed.TotalMilliseconds:0} ms (once), git {Median(gitUnrelated):0.0} ms"));
        return 0;
    }

    /// <summary>What a comparison page computes: the alignment, then the word diff of each aligned pair's own text.</summary>
    private static (int Changes, int Replaced, double SlowestDiff, double Aligning, bool Curtailed) CompareLikeThePage(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to)
    {
        var aligning = Stopwatch.StartNew();
        // One budget for the alignment and the word diffs, as the page has (it also covers the page's reads of the store).
        var budget = ComparisonBudget.StartingNow();
        var comparison = ProvisionAligner.Compare(from, to, null, budget);
        var aligned = aligning.Elapsed.TotalMilliseconds;
        var before = from.ToDictionary(p => p.EId);
        var after = to.ToDictionary(p => p.EId);
        var (changes, replaced, slowest) = (0, 0, 0.0);
        foreach (var change in comparison.Changes)
        {
            // The page diffs changed pairs only; an unchanged one is shown as it reads.
            if (change.Kind == ChangeKind.Unchanged)
            {
                changes++;
                continue;
            }
            var clock = Stopwatch.StartNew();
            var diff = WordDiff.Default.Compare(change.FromEId is null ? "" : before[change.FromEId].Text, change.ToEId is null ? "" : after[change.ToEId].Text, budget.DiffingDeadline);
            slowest = Math.Max(slowest, clock.Elapsed.TotalMilliseconds);
            changes++;
            replaced += diff.Replaced ? 1 : 0;
        }
        return (changes, replaced, slowest, aligned, comparison.Curtailed);
    }

    private static int CurtailedPairsNotInFull(IReadOnlyList<StoredProvision> from, IReadOnlyList<StoredProvision> to)
    {
        static HashSet<(string?, string?)> Pairs(VersionComparison c) => [.. c.Changes.Where(x => x.FromEId is not null && x.ToEId is not null).Select(x => (x.FromEId, x.ToEId))];
        var full = Pairs(ProvisionAligner.Compare(from, to, null, ComparisonBudget.None));
        return Pairs(ProvisionAligner.Compare(from, to, null, TimeSpan.Zero)).Count(p => !full.Contains(p));
    }

    private static double GitWordDiff(string from, string to)
    {
        var clock = Stopwatch.StartNew();
        using var git = Process.Start(new ProcessStartInfo("git", ["diff", "--no-index", "--word-diff", "--no-color", from, to])
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("git did not start");
        git.StandardOutput.BaseStream.CopyTo(Stream.Null);
        git.WaitForExit();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
