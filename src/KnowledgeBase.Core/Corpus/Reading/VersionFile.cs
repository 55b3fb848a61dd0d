namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>A <c>&lt;version&gt;.&lt;lang&gt;.md</c> file of an instrument folder.</summary>
/// <param name="Stem">The file name without the language suffix and extension: the default version label.</param>
public sealed record VersionFile(SourceFile File, string Slug, string Stem, string Language);
