using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class FoldingContentAnalyzerTests
{
    private static readonly FoldingContentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Étrangers", "etrangers")]
    [InlineData("résidence", "residence")]
    [InlineData("Straße", "strasse")]
    [InlineData("les", "les")]
    public void Lower_cases_and_folds_to_ascii_without_stemming(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(Analyzer, input));
}
