using System.Globalization;

namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>The figures of a judged query set, overall and per language, with every query that missed.</summary>
public sealed record RelevanceReport(IReadOnlyList<QueryOutcome> Outcomes)
{
    public RelevanceFigures Overall => RelevanceFigures.Mean(Outcomes);

    /// <summary>The figures of each language's queries, in language-code order.</summary>
    public IReadOnlyDictionary<string, RelevanceFigures> ByLanguage => Outcomes
        .GroupBy(o => o.Judged.Language)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => RelevanceFigures.Mean([.. g]), StringComparer.Ordinal);

    public IEnumerable<QueryOutcome> Misses => Outcomes.Where(o => o.IsMiss);

    /// <summary>Writes the figures, then each miss: the query, its rank figures, what it missed and its first hits.</summary>
    public void WriteTo(TextWriter output, bool misses = true)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overall  {Overall}"));
        foreach (var (language, figures) in ByLanguage)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language,-8} {figures}"));
        if (!misses)
            return;
        output.WriteLine();
        output.WriteLine($"misses ({Misses.Count()} of {Outcomes.Count}): query [language, kind] RR nDCG recall; missed; first hits");
        foreach (var miss in Misses)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"- \"{miss.Judged.Query}\" [{miss.Judged.Language}, {miss.Judged.Kind}] RR {miss.ReciprocalRank:0.00} nDCG {miss.Ndcg10:0.00} recall {miss.Recall10:0.00}"));
            if (miss.Refused is not null)
                output.WriteLine($"    refused: {miss.Refused}");
            if (miss.Missed.Count > 0)
                output.WriteLine($"    missed: {string.Join(", ", miss.Missed)}");
            output.WriteLine($"    shown:  {(miss.Shown.Count == 0 ? "(nothing)" : string.Join(", ", miss.Shown.Take(5)))}");
        }
    }
}
