using KnowledgeBase.Core.Corpus.Languages;

namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>What <c>kb.yml</c> declares: the corpus's languages and the limits on its files.</summary>
public sealed record CorpusSettings(LanguageCatalog Languages, ContentLimits Limits);
