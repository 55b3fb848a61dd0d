using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class FrenchContentAnalyzerTests
{
    private static readonly FrenchContentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("l'employeur", "employeur")]
    [InlineData("L'employeur", "employeur")]
    [InlineData("l’employeur", "employeur")]
    [InlineData("d'asile", "asile")]
    [InlineData("qu'un", "un")]
    [InlineData("jusqu'au", "au")]
    [InlineData("aujourd'hui", "aujourd'hui")]
    public void Removes_elided_articles(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(Analyzer, input));

    [Theory]
    [InlineData("Étrangers", "etrangers")]
    [InlineData("l'Été", "ete")]
    [InlineData("salariés", "salaries")]
    [InlineData("employeur", "employeur")]
    public void Lower_cases_and_folds_accents_without_stemming(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(Analyzer, input));

    [Fact]
    public void Keeps_small_words_that_legal_names_lean_on() =>
        Assert.Equal(["code", "du", "travail"], Tokens.Of(Analyzer, "Code du travail"));
}
