using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>A procedure version's legal-basis entry with the provision it names.</summary>
public sealed record ResolvedLegalBasis(string ProcedureSlug, string ProcedureVersion, string Reference, ProvisionAddress Target);
