namespace KnowledgeBase.Core.Building.Stages;

/// <summary>Cuts a corpus into consecutive runs of instruments of about equal size, which <see cref="WriteIndex"/> writes side by side.</summary>
public static class IndexRuns
{
    /// <summary>The most runs written at once: past the cores a small server has, more runs only cost memory.</summary>
    public const int Most = 4;

    /// <summary>What all runs' writers buffer together before flushing (the one writer of a build used to have this alone).</summary>
    public const double RamBufferMB = 256;

    /// <summary>At most <paramref name="count"/> runs of consecutive instruments, in corpus order, of about equal numbers of
    /// provisions (a code with all its versions weighs hundreds of small acts); none is empty.</summary>
    public static IReadOnlyList<IReadOnlyList<LinkedInstrument>> Of(IReadOnlyList<LinkedInstrument> instruments, int count)
    {
        var weights = instruments.Select(Weight).ToList();
        var total = weights.Sum();
        var runs = new List<IReadOnlyList<LinkedInstrument>>();
        var run = new List<LinkedInstrument>();
        long done = 0;
        for (var i = 0; i < instruments.Count; i++)
        {
            run.Add(instruments[i]);
            done += weights[i];
            // The run ends once it reaches its share of the whole: the k-th run ends at k/count of the weight.
            if (runs.Count < count - 1 && done * count >= total * (runs.Count + 1))
            {
                runs.Add(run);
                run = [];
            }
        }
        if (run.Count > 0 || runs.Count == 0)
            runs.Add(run);
        return runs;
    }

    private static long Weight(LinkedInstrument instrument) =>
        1 + instrument.Versions.Sum(v => v.Texts.Sum(t => (long)t.Provisions.Count));
}
