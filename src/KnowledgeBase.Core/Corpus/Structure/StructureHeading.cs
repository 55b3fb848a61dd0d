using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>A heading recognised as a section, chapter or article.</summary>
/// <param name="Num">The number as written: <c>45</c>, <c>10-1</c>, <c>III</c>.</param>
/// <param name="Heading">The text after the number and its separator, or null when there is none.</param>
internal sealed record StructureHeading(ProvisionKind Kind, string Num, string? Heading);
