namespace KnowledgeBase.Core.Citations;

/// <summary>One provision a citation points to.</summary>
/// <param name="InstrumentSlug">The named instrument's slug; null for the same instrument and for an external one.</param>
/// <param name="ArticleNum">The article number as written: <c>45</c>, <c>10-1</c>, <c>487bis</c>.</param>
/// <param name="PartNum">The rest of the number below the article (<c>1.3</c> for <c>Article 45.1.3</c>), or null for the article itself.</param>
/// <param name="NumberStart">Where the number that can become a link starts in the text; -1 for a number implied by a range (13 in <c>12–14</c>).</param>
/// <param name="NumberLength">The length of that number; 0 for an implied one.</param>
public sealed record CitedProvision(
    CitationScope Scope,
    string? InstrumentSlug,
    string ArticleNum,
    string? PartNum,
    int NumberStart,
    int NumberLength);
