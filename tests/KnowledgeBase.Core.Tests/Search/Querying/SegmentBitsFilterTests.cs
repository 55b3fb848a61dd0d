using KnowledgeBase.Core.Search.Querying;
using KnowledgeBase.Core.Tests.Search.Collecting;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Tests.Search.Querying;

public sealed class SegmentBitsFilterTests
{
    private static readonly Filter Laws = new SegmentBitsFilter(new QueryWrapperFilter(new TermQuery(new Term(SegmentedIndex.Kind, "law"))));

    private static string[] Found(IndexReader reader, Filter filter) =>
        [.. new IndexSearcher(reader).Search(new MatchAllDocsQuery(), filter, 100).ScoreDocs.Select(hit => reader.Document(hit.Doc).Get("id")).Order()];

    [Fact]
    public void Finds_the_documents_of_its_query_in_every_segment()
    {
        using var index = new SegmentedIndex(["law", "code"], [null, "law"], ["code"]);

        Assert.Equal(["0", "3"], Found(index.Reader, Laws));
        Assert.Equal(["0", "3"], Found(index.Reader, Laws));
    }

    [Fact]
    public void Leaves_out_documents_deleted_after_a_search_kept_its_sets()
    {
        using var index = new SegmentedIndex(["law", "law"], ["law"]);
        using var writer = new IndexWriter(index.Directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        Assert.Equal(["0", "1", "2"], Found(index.Reader, Laws));

        writer.DeleteDocuments(new Term("id", "1"));
        writer.Commit();
        using var afterDeletion = DirectoryReader.OpenIfChanged(index.Reader)!;

        Assert.Equal(["0", "2"], Found(afterDeletion, Laws));
    }
}
