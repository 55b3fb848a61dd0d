namespace Search.Benchmarks;

/// <summary>
/// Every query's total and first page (slug, id, snippet) as the knowledge base answers it, one line per hit: two builds of
/// the code can be compared with <c>diff</c> to show that a speed-up changed no result and no snippet.
/// </summary>
internal static class SnippetDump
{
    public static void Run(string corpusName, TextWriter output)
    {
        using var corpus = BenchCorpus.Open(corpusName);
        foreach (var query in corpus.Queries)
        {
            output.WriteLine($"## {query}");
            try
            {
                var results = LuceneSearch.Top(corpus.Build.Search, query);
                output.WriteLine($"total {results.Total} fuzzy {results.Fuzzy}");
                foreach (var hit in results.Hits)
                    output.WriteLine($"{hit.Slug} {hit.EId} {hit.Snippet}");
            }
            catch (KnowledgeBase.Core.Search.InvalidSearchQueryException)
            {
                output.WriteLine("refused");
            }
        }
    }
}
