using KnowledgeBase.Core.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Core.Tests.Search;

/// <summary>The <see cref="SampleLegislation"/> written to an in-memory index and opened for searching, once per test class.</summary>
public sealed class SampleIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();

    public SampleIndex()
    {
        using (var writer = new SearchIndexWriter(_directory))
        {
            foreach (var entry in SampleLegislation.Entries)
                writer.Add(entry);
            writer.Commit();
        }
        Index = SearchIndex.Open(_directory);
    }

    public SearchIndex Index { get; }

    public SearchResults Search(string query, string? kind = null, string? status = null, string? language = null,
        string? instrument = null, string? version = null, int page = 1, int pageSize = 20) =>
        Index.Search(new SearchRequest(query, kind, status, language, instrument, version, page, pageSize));

    public void Dispose()
    {
        Index.Dispose();
        _directory.Dispose();
    }
}
