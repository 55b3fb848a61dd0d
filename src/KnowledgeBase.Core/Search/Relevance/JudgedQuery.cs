namespace KnowledgeBase.Core.Search.Relevance;

/// <summary>A query a reader types and what must be found for it, judged from the texts.</summary>
/// <param name="Language">The language the query is written in; the figures are given per language.</param>
/// <param name="Kind">What sort of query it is (<c>term</c>, <c>officer</c>, <c>citation</c>, <c>typo</c>, <c>unaccented</c>, <c>phrase</c>).</param>
/// <param name="Relevant">Grade (1 related, 2 relevant, 3 the answer) by address, as <see cref="HitAddress"/> writes it.</param>
public sealed record JudgedQuery(string Query, string Language, string Kind, IReadOnlyDictionary<string, int> Relevant);
