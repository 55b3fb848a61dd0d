using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeBase.Core.Tests.Search.Collecting;

/// <summary>A small index written in several segments (one per array of documents), as incremental builds leave them.</summary>
/// <remarks>Each document is the value of a <c>kind</c> doc-values field (null: none) and is findable by <c>id</c>, its position counted across segments.</remarks>
internal sealed class SegmentedIndex : IDisposable
{
    public const string Kind = "kind";


    public SegmentedIndex(params string?[][] segments)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(Directory, config))
        {
            var id = 0;
            foreach (var segment in segments)
            {
                foreach (var value in segment)
                {
                    var document = new Document { new StringField("id", (id++).ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
                    if (value is not null)
                    {
                        document.Add(new StringField(Kind, value, Field.Store.NO));
                        document.Add(new SortedDocValuesField(Kind, new BytesRef(value)));
                    }
                    writer.AddDocument(document);
                }
                writer.Commit();
            }
        }
        Reader = DirectoryReader.Open(Directory);
    }

    public DirectoryReader Reader { get; }

    public RAMDirectory Directory { get; } = new();

    public void Dispose()
    {
        Reader.Dispose();
        Directory.Dispose();
    }
}
