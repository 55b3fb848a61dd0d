using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>An instrument with its parsed versions, in date order.</summary>
public sealed record ParsedInstrument(Instrument Instrument, IReadOnlyList<ParsedVersion> Versions);
