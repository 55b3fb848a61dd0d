using KnowledgeBase.Core.Storage;

namespace KnowledgeBase.Site.Procedures;

/// <summary>A procedure as the index lists it.</summary>
/// <param name="Title">In the interface language when the procedure has it.</param>
/// <param name="TitleLanguage">The language <paramref name="Title"/> is in, for its <c>lang</c> attribute.</param>
/// <param name="Summary">Its preamble's plain text, shortened to a line; empty when it has none.</param>
/// <param name="SummaryLanguage">The language of <paramref name="Summary"/>.</param>
public sealed record ProcedureSummary(
    string Slug,
    string? Topic,
    string Title,
    string TitleLanguage,
    string Summary,
    string SummaryLanguage,
    StoredVersion Newest);
