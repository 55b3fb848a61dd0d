using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Analysis;
using KnowledgeBase.Core.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Tests.Search.Snippets;

public sealed class SnippetCutterTests
{
    private const string Sentence = "The authority keeps the register of decisions. ";

    public sealed class Reading_early_for_one_phrase
    {
        /// <summary>The phrase is moved through the text a sentence at a time, across where each early read stops (a
        /// passage cut short by a read is the case to catch) and beyond.</summary>
        public static TheoryData<int> SentencesBefore => [.. Enumerable.Range(0, 40)];

        [Theory]
        [MemberData(nameof(SentencesBefore))]
        public void Gives_the_passage_a_full_read_gives(int sentencesBefore)
        {
            using var analyzer = new LanguageFieldAnalyzer();
            var field = IndexSchema.TextOf("en");
            var phrase = new PhraseQuery { new Term(field, "civil"), new Term(field, "code") };
            var text = string.Concat(Enumerable.Repeat(Sentence, sentencesBefore))
                + "The civil code applies to stateless persons and to refugees alike. "
                + string.Concat(Enumerable.Repeat(Sentence, 60));

            var early = SnippetCutter.Cut(phrase, field, analyzer, text, singleMatchWords: 2);

            Assert.Equal(SnippetCutter.Cut(phrase, field, analyzer, text), early);
        }
    }
}
