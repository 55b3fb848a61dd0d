using System.Text.Json;
using KnowledgeBase.Core.Corpus.Languages;
using Lucene.Net.Index;

namespace KnowledgeBase.Core.Search.Synonyms;

/// <summary>The synonym groups of a build, kept in the index's commit data so that the index and its synonyms never disagree.</summary>
internal static class SynonymTable
{
    public const string CommitDataKey = "synonyms";

    public static string Serialize(IReadOnlyList<SynonymGroup> groups) => JsonSerializer.Serialize(groups);

    /// <summary>The groups the index was committed with; none for an index written without them.</summary>
    public static IReadOnlyList<SynonymGroup> Load(DirectoryReader reader) =>
        reader.IndexCommit.UserData.TryGetValue(CommitDataKey, out var json) && !string.IsNullOrEmpty(json)
            ? JsonSerializer.Deserialize<List<SynonymGroup>>(json) ?? []
            : [];
}
