namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>What the content folder holds, as found on disk, before any file is read.</summary>
/// <param name="Settings">The corpus's <c>kb.yml</c>, when there is one.</param>
public sealed record CorpusLayout(string ContentRoot, SourceFile? Settings, IReadOnlyList<InstrumentFolder> Instruments);
