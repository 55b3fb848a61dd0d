using Lucene.Net.Util;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>The one place that decides how each content language is analysed.</summary>
public static class ContentAnalyzers
{
    /// <summary>The Lucene compatibility version of every analyzer, the index writer and the query parser.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A new analyzer for <paramref name="language"/>; a language without its own chain (one a corpus declares, such as Georgian) is lower-cased and folded to ASCII.</summary>
    public static ContentAnalyzer For(string language) => language switch
    {
        "en" => new EnglishContentAnalyzer(),
        "ru" => new RussianContentAnalyzer(),
        "az" => new AzerbaijaniContentAnalyzer(),
        "fr" => new FrenchContentAnalyzer(),
        _ => new FoldingContentAnalyzer(),
    };
}
