using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Linking;

/// <summary>What citations need to know of an instrument that was not parsed in this run: its versions and its provisions' ids and numbers.</summary>
/// <param name="Versions">In date order, as a build orders them.</param>
public sealed record CatalogedInstrument(IReadOnlyList<InstrumentVersion> Versions, IReadOnlyList<CatalogedText> Texts);

/// <summary>One language of one version: its provisions in document order.</summary>
public sealed record CatalogedText(string Version, string Language, IReadOnlyList<CatalogedProvision> Provisions);

/// <summary>A provision as far as citations see it.</summary>
public sealed record CatalogedProvision(string EId, ProvisionKind Kind, string Num, string? ParentEId);
