using KnowledgeBase.Core.Search.Analysis;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class ContentAnalyzersTests
{
    [Theory]
    [InlineData("en", typeof(EnglishContentAnalyzer))]
    [InlineData("ru", typeof(RussianContentAnalyzer))]
    [InlineData("az", typeof(AzerbaijaniContentAnalyzer))]
    [InlineData("fr", typeof(FrenchContentAnalyzer))]
    [InlineData("ka", typeof(FoldingContentAnalyzer))]
    public void Chooses_the_chain_of_each_language(string language, Type expected)
    {
        using var analyzer = ContentAnalyzers.For(language);
        Assert.IsType(expected, analyzer);
    }

    /// <summary>Prefix terms bypass analysis, so NormalizeTerm must match what the full chain does to the same letters.</summary>
    public sealed class NormalizeTerm
    {
        [Theory]
        [InlineData("az", "İCAZ", "icaz")]
        [InlineData("az", "ICAZ", "icaz")]
        [InlineData("az", "icaz", "icaz")]
        [InlineData("az", "I\u0307caz", "icaz")]
        [InlineData("az", "VƏTƏNDAŞ", "vetendas")]
        [InlineData("en", "PERMIT", "permit")]
        [InlineData("en", "Permits", "permits")]
        [InlineData("ru", "РАЗРЕШ", "разреш")]
        [InlineData("fr", "Étrang", "etrang")]
        [InlineData("fr", "L'Employ", "employ")]
        [InlineData("az", "ic?z", "ic?z")]
        public void Lower_cases_and_folds_without_stemming(string language, string term, string expected)
        {
            using var analyzer = ContentAnalyzers.For(language);
            Assert.Equal(expected, analyzer.NormalizeTerm(term));
        }
    }
}
