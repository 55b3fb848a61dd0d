using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class EnglishContentAnalyzerTests
{
    private static readonly EnglishContentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("permit", "permit")]
    [InlineData("Permits", "permit")]
    [InlineData("PERMITS", "permit")]
    [InlineData("citizen's", "citizen")]
    [InlineData("issued", "issu")]
    [InlineData("Residence", "resid")]
    [InlineData("stateless", "stateless")]
    public void Stems_one_word(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(Analyzer, input));

    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("and")]
    [InlineData("my")]
    [InlineData("How")]
    [InlineData("do")]
    [InlineData("I")]
    public void Drops_stop_words(string input) =>
        Assert.Empty(Tokens.Of(Analyzer, input));

    [Fact]
    public void Keeps_only_the_subject_of_a_question() =>
        Assert.Equal(["replac", "resid", "card"], Tokens.Of(Analyzer, "How do I replace my residence card?"));

    [Fact]
    public void Splits_a_sentence_into_stems() =>
        Assert.Equal(["temporari", "resid", "permit", "issu"], Tokens.Of(Analyzer, "The temporary residence permit is issued."));
}
