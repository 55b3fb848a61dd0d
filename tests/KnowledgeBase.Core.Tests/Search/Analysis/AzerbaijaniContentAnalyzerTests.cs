using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class AzerbaijaniContentAnalyzerTests
{
    private static readonly AzerbaijaniContentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("icazə", "icaze")]
    [InlineData("icaze", "icaze")]
    [InlineData("İCAZƏ", "icaze")]
    [InlineData("İcazə", "icaze")]
    [InlineData("ICAZE", "icaze")]
    [InlineData("i\u0307cazə", "icaze")]
    [InlineData("Vətəndaşlıq", "vetendasliq")]
    [InlineData("VƏTƏNDAŞLIQ", "vetendasliq")]
    [InlineData("vetendasliq", "vetendasliq")]
    [InlineData("IŞIQ", "isiq")]
    [InlineData("Çağırış", "cagiris")]
    [InlineData("Öz", "oz")]
    [InlineData("Üçün", "ucun")]
    public void Lower_cases_and_folds_one_word(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(Analyzer, input));

    [Fact]
    public void Keeps_every_word_because_there_are_no_stop_words_or_stems() =>
        Assert.Equal(["muveqqeti", "yasamaq", "ucun", "icaze"], Tokens.Of(Analyzer, "Müvəqqəti yaşamaq üçün icazə"));
}
