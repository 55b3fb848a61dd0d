using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>An instrument with its linked versions, in date order.</summary>
public sealed record LinkedInstrument(Instrument Instrument, IReadOnlyList<LinkedVersion> Versions);
