using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>An instrument and its versions as read from disk, versions in date order.</summary>
public sealed record InstrumentSource(Instrument Instrument, IReadOnlyList<VersionGroup> Versions);
