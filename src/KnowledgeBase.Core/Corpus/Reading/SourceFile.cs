namespace KnowledgeBase.Core.Corpus.Reading;

/// <summary>A content file on disk: where it is, and how messages name it.</summary>
/// <param name="FullPath">The absolute path, for reading.</param>
/// <param name="Path">The path shown in messages, e.g. <c>content/migration-code/2013-07-adopted.en.md</c>.</param>
public sealed record SourceFile(string FullPath, string Path);
