using System.Globalization;
using KnowledgeBase.Core.Search.Answers;
using KnowledgeBase.Core.Tests.Search.Collecting;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Tests.Search.Answers;

public sealed class CitedDocumentsTests : IDisposable
{
    // Documents 0–7 in three segments; "art" marks those holding the cited article.
    private readonly SegmentedIndex _index = new(["art", null, "art"], ["art", "art"], [null, "art", "art"]);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Lists_every_document_holding_the_article_in_index_order_and_all_in_scope_when_there_is_no_scope()
    {
        var documents = Collect(max: 100, scope: null);

        Assert.Equal([0, 2, 3, 4, 6, 7], documents.Visible);
        Assert.Equal([0, 2, 3, 4, 6, 7], documents.InScope);
    }

    [Fact]
    public void Keeps_in_scope_only_the_documents_the_scope_holds_across_segments()
    {
        var documents = Collect(max: 100, scope: Ids(2, 3, 5, 7));

        Assert.Equal([0, 2, 3, 4, 6, 7], documents.Visible);
        Assert.Equal([2, 3, 7], documents.InScope);
    }

    [Fact]
    public void Stops_each_list_at_the_maximum_on_its_own()
    {
        var documents = Collect(max: 2, scope: Ids(4, 6, 7));

        Assert.Equal([0, 2], documents.Visible);
        Assert.Equal([4, 6], documents.InScope);
    }

    private CitedDocuments Collect(int max, Filter? scope)
    {
        var documents = new CitedDocuments(max, scope);
        new IndexSearcher(_index.Reader).Search(new TermQuery(new Term(SegmentedIndex.Kind, "art")), documents);
        return documents;
    }

    private static QueryWrapperFilter Ids(params int[] ids)
    {
        var query = new BooleanQuery();
        foreach (var id in ids)
            query.Add(new TermQuery(new Term("id", id.ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
        return new QueryWrapperFilter(query);
    }
}
