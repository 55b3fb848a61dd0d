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
        Assert.Equal(expected, Tokens.Of(Analyzer, input)[0]);

    [Fact]
    public void Keeps_each_folded_word_and_adds_its_stem_when_it_has_an_ending() =>
        Assert.Equal(["muveqqeti", "muveqqet", "yasamaq", "yasam", "ucun", "icazesi", "icaz"], Tokens.Of(Analyzer, "Müvəqqəti yaşamaq üçün icazəsi"));

    [Fact]
    public void Gives_the_forms_of_one_word_a_common_term() =>
        Assert.Contains(Tokens.Of(Analyzer, "maddəsinin")[^1], Tokens.Of(Analyzer, "maddə"));
}
