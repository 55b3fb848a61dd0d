using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>One version with the provision tree of each of its languages.</summary>
public sealed record ParsedVersion(InstrumentVersion Version, IReadOnlyList<VersionText> Texts);
