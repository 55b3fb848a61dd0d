using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>A version with all its languages rendered and linked.</summary>
public sealed record LinkedVersion(InstrumentVersion Version, IReadOnlyList<RenderedText> Texts);
