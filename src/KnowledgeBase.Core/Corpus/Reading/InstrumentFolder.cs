namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>One instrument's folder: its <c>instrument.yml</c> and its version files.</summary>
public sealed record InstrumentFolder(string Slug, SourceFile InstrumentFile, IReadOnlyList<VersionFile> Versions);
