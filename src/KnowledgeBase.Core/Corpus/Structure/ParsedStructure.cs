using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>What <see cref="StructureParser"/> reads from the body of one version file.</summary>
/// <param name="Title">The first level-one heading when it opens the body and is not a structure heading.</param>
/// <param name="Provisions">The top-level provisions in document order, each with its nested provisions.</param>
public sealed record ParsedStructure(string? Title, IReadOnlyList<Provision> Provisions);
