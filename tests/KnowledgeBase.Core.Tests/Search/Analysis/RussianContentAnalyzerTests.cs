using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class RussianContentAnalyzerTests
{
    private static readonly RussianContentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("разрешение", "разрешен")]
    [InlineData("Разрешения", "разрешен")]
    [InlineData("РАЗРЕШЕНИЙ", "разрешен")]
    [InlineData("гражданства", "гражданств")]
    [InlineData("гражданство", "гражданств")]
    [InlineData("проживание", "проживан")]
    public void Stems_one_word(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(Analyzer, input));

    [Theory]
    [InlineData("и")]
    [InlineData("на")]
    [InlineData("без")]
    public void Drops_stop_words(string input) =>
        Assert.Empty(Tokens.Of(Analyzer, input));

    [Fact]
    public void Splits_a_phrase_into_stems() =>
        Assert.Equal(["вид", "жительств"], Tokens.Of(Analyzer, "Вид на жительство"));
}
