namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>Mean reciprocal rank, nDCG and recall over the first ten hits, averaged over a set of queries.</summary>
public sealed record RelevanceFigures(double Mrr, double Ndcg10, double Recall10, int Queries)
{
    public static RelevanceFigures Mean(IReadOnlyCollection<QueryOutcome> outcomes) => outcomes.Count == 0
        ? new(0, 0, 0, 0)
        : new(
            outcomes.Average(o => o.ReciprocalRank),
            outcomes.Average(o => o.Ndcg10),
            outcomes.Average(o => o.Recall10),
            outcomes.Count);

    /// <summary>The figures that fall below <paramref name="floor"/>'s, named and with both values; empty when none does.</summary>
    public IReadOnlyList<string> ShortOf(RelevanceFigures floor)
    {
        var shortfalls = new List<string>();
        void Check(string name, double value, double minimum)
        {
            // Rounded as printed, so that a floor copied from the printed figures holds.
            if (Math.Round(value, 2) < minimum)
                shortfalls.Add($"{name} {value:0.00} < floor {minimum:0.00}");
        }
        Check("MRR", Mrr, floor.Mrr);
        Check("nDCG@10", Ndcg10, floor.Ndcg10);
        Check("recall@10", Recall10, floor.Recall10);
        return shortfalls;
    }

    public override string ToString() => $"MRR {Mrr:0.00}  nDCG@10 {Ndcg10:0.00}  recall@10 {Recall10:0.00}  ({Queries} queries)";
}
