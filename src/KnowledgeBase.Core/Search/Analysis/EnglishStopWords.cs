using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Lucene's English stop words and the words of a question that say nothing of its subject.</summary>
/// <remarks>
/// Every word of a query is required, and readers ask as they speak: "replace my residence card", "how do I extend my
/// stay". Lucene's list (a, the, of…) keeps "my", "how" and "do", so such a query found nothing. The words added are
/// pronouns, question words and auxiliaries, which the law's texts use only as grammar.
/// </remarks>
public static class EnglishStopWords
{
    private static readonly string[] QuestionWords =
    [
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "its",
        "how", "what", "when", "where", "which", "who", "whom", "why",
        "do", "does", "did", "can", "could", "should", "would", "am", "have", "has", "had", "get", "want", "need",
    ];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var set = new CharArraySet(ContentAnalyzers.Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: false);
        foreach (var word in QuestionWords)
            set.Add(word);
        return set.AsReadOnly();
    }
}
