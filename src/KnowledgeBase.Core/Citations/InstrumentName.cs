namespace KnowledgeBase.Core.Citations;

/// <summary>The names by which one instrument is cited in one language (its short names from <c>instrument.yml</c>).</summary>
/// <param name="Slug">The instrument's slug, which a citation by one of these names resolves to.</param>
/// <param name="Names">The names as written in the nominative (<c>Miqrasiya Məcəlləsi</c>, <c>Миграционный кодекс</c>).</param>
public sealed record InstrumentName(string Slug, IReadOnlyList<string> Names);
