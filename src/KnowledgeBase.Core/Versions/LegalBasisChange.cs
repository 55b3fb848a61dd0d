namespace KnowledgeBase.Core.Versions;

/// <summary>A later version of the cited instrument in which a provision a procedure applies reads differently.</summary>
/// <param name="Slug">The cited instrument.</param>
/// <param name="Version">The label of the version that changed the provision.</param>
/// <param name="Date">That version's date.</param>
/// <param name="EId">The provision the procedure cites.</param>
/// <param name="Removed">The provision no longer exists in that version.</param>
public sealed record LegalBasisChange(string Slug, string Version, DateOnly Date, string EId, bool Removed);
