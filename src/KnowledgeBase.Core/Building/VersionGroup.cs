using KnowledgeBase.Core.Corpus.Reading;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Building;

/// <summary>One version of an instrument with the files of its languages, English first.</summary>
public sealed record VersionGroup(InstrumentVersion Version, IReadOnlyList<VersionSource> Translations);
