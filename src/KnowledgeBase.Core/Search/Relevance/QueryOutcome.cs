namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>How one judged query fared: its figures, what it missed and what it showed instead.</summary>
/// <param name="Missed">The judged addresses not among the first ten hits, best grade first.</param>
/// <param name="Shown">The first ten hits' addresses (<c>slug#eId</c>), in order.</param>
/// <param name="Refused">The search's message when it refused the query as malformed; the query then found nothing.</param>
public sealed record QueryOutcome(
    JudgedQuery Judged,
    double ReciprocalRank,
    double Ndcg10,
    double Recall10,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Shown,
    string? Refused = null)
{
    /// <summary>A query is a miss when its answer is not the first hit or something it needs is not in the first ten.</summary>
    public bool IsMiss => ReciprocalRank < 1 || Missed.Count > 0;
}
