namespace KnowledgeBase.Core.Model;

/// <summary>One <c>legal-basis</c> entry of a procedure, such as <c>migration-code/art_45</c>, and the line it was written on.</summary>
/// <param name="Reference">The entry as written: <c>slug/eId</c> or <c>slug@version/eId</c>.</param>
public sealed record LegalBasisEntry(string Reference, int Line);
