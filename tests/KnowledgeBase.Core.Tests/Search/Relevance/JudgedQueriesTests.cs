using KnowledgeBase.Core.Search.Relevance;
using KnowledgeBase.Testing;

namespace KnowledgeBase.Core.Tests.Search.Relevance;

/// <summary>The judged query set over the shipped corpus: its shape, its addresses, and the floor the engine must keep.</summary>
public sealed class JudgedQueriesTests(ShippedSearch shipped) : IClassFixture<ShippedSearch>
{
    public static string JudgedFile => Path.Combine(TestPaths.Repository, "tests", "KnowledgeBase.Core.Tests", "Search", "Relevance", "judged-queries.yml");

    private static readonly JudgedQuerySet Judged = JudgedQuerySet.Load(JudgedFile);

    [Fact]
    public void Holds_at_least_sixty_queries_a_third_in_each_language()
    {
        Assert.True(Judged.Queries.Count >= 60, $"{Judged.Queries.Count} queries");
        foreach (var language in new[] { "en", "az", "ru" })
            Assert.True(Judged.Queries.Count(q => q.Language == language) * 3 >= Judged.Queries.Count, $"too few {language} queries");
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("citation")]
    [InlineData("typo")]
    [InlineData("unaccented")]
    public void Includes_every_sort_of_query_readers_type(string kind) =>
        Assert.Contains(Judged.Queries, q => q.Kind == kind);

    [Fact]
    public void Names_only_provisions_and_procedures_the_corpus_holds()
    {
        var unknown = Judged.Queries.SelectMany(q => q.Relevant.Keys).Distinct().Where(a => !shipped.Addresses.Contains(a)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Keeps_its_figures_at_or_above_the_floor()
    {
        var report = RelevanceEvaluator.Evaluate(shipped.Build.Search, Judged);
        var output = new StringWriter();
        report.WriteTo(output);

        Assert.True(report.Overall.ShortOf(Judged.Floor).Count == 0,
            $"{string.Join("; ", report.Overall.ShortOf(Judged.Floor))}\n{output}");
    }
}
