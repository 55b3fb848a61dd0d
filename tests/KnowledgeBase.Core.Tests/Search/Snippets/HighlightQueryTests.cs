using KnowledgeBase.Core.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Core.Tests.Search.Snippets;

public sealed class HighlightQueryTests
{
    private const string Text = "text_fr";

    private static TermQuery Word(string field, string word) => new(new Term(field, word));

    private static PhraseQuery Phrase(params string[] words)
    {
        var phrase = new PhraseQuery();
        foreach (var word in words)
            phrase.Add(new Term(Text, word));
        return phrase;
    }

    public static TheoryData<string, Query, int> Queries => new()
    {
        { "one word", Word(Text, "ministre"), 1 },
        { "one word in the text and the heading", new BooleanQuery { { Word(Text, "ministre"), Occur.SHOULD }, { Word("heading_fr", "ministre"), Occur.SHOULD } }, 1 },
        { "one phrase", Phrase("code", "civil"), 2 },
        { "a phrase repeating a word", Phrase("code", "de", "la", "route", "de"), 4 },
        { "two words", new BooleanQuery { { Word(Text, "article"), Occur.MUST }, { Word(Text, "2"), Occur.MUST } }, 0 },
        { "a word and a phrase", new BooleanQuery { { Word(Text, "loi"), Occur.MUST }, { Phrase("code", "civil"), Occur.MUST } }, 0 },
        { "a word and a word it excludes", new BooleanQuery { { Word(Text, "loi"), Occur.MUST }, { Word(Text, "code"), Occur.MUST_NOT } }, 1 },
        { "a prefix", new PrefixQuery(new Term(Text, "minist")), 0 },
        { "nothing of the text", Word("heading_fr", "ministre"), 0 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Counts_the_words_of_a_lone_word_or_phrase_and_nothing_else(string what, Query query, int expected)
    {
        Assert.NotEmpty(what);
        Assert.Equal(expected, HighlightQuery.SingleMatchWords(query, Text));
    }
}
