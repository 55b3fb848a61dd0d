using KnowledgeBase.Core.Search;
using KnowledgeBase.Core.Search.Relevance;

namespace KnowledgeBase.Core.Tests.Search.Relevance;

/// <summary>How the first ten hits of one query are scored against its judgments.</summary>
public sealed class RelevanceEvaluatorTests
{
    private static readonly JudgedQuery ExtendMyStay = new("extend my stay", "en", "officer", new Dictionary<string, int>
    {
        ["extension-of-temporary-stay"] = 3,
        ["migration-code#art_23"] = 3,
        ["migration-code#art_22"] = 1,
    });

    private static SearchHit Hit(string address)
    {
        var parts = address.Split('#');
        return new SearchHit(parts[0], "v", "en", parts.Length > 1 ? parts[1] : "preamble", null, "", 1);
    }

    private static QueryOutcome Score(params string[] shown) => RelevanceEvaluator.Score(ExtendMyStay, [.. shown.Select(Hit)]);

    public sealed class Reciprocal_rank
    {
        [Theory]
        [InlineData(1.0, new[] { "migration-code#art_23" })]
        [InlineData(0.5, new[] { "migration-code#art_21", "extension-of-temporary-stay#steps" })]
        [InlineData(0.25, new[] { "a#x", "b#x", "c#x", "migration-code#art_22" })]
        [InlineData(0.0, new[] { "a#x", "b#x" })]
        public void Is_one_over_the_rank_of_the_first_judged_hit(double expected, string[] shown) =>
            Assert.Equal(expected, Score(shown).ReciprocalRank, 6);

        [Fact]
        public void Counts_nothing_past_the_tenth_hit() =>
            Assert.Equal(0, Score([.. Enumerable.Range(1, 10).Select(i => $"x#{i}"), "migration-code#art_23"]).ReciprocalRank);
    }

    public sealed class Recall
    {
        [Fact]
        public void Is_the_share_of_judged_addresses_in_the_first_ten() =>
            Assert.Equal(2.0 / 3, Score("migration-code#art_23", "x#1", "extension-of-temporary-stay#fees").Recall10, 6);

        [Fact]
        public void Counts_a_procedure_once_whichever_of_its_sections_match()
        {
            var outcome = Score("extension-of-temporary-stay#preamble", "extension-of-temporary-stay#steps");

            Assert.Equal(1.0 / 3, outcome.Recall10, 6);
            Assert.Equal(["migration-code#art_23", "migration-code#art_22"], outcome.Missed);
        }
    }

    public sealed class Ndcg
    {
        [Fact]
        public void Is_one_for_the_ideal_order() =>
            Assert.Equal(1.0, Score("migration-code#art_23", "extension-of-temporary-stay#preamble", "migration-code#art_22").Ndcg10, 6);

        [Fact]
        public void Falls_when_the_answer_is_pushed_down_by_a_duplicate()
        {
            var ideal = Score("migration-code#art_23", "extension-of-temporary-stay", "migration-code#art_22").Ndcg10;
            var duplicated = Score("migration-code#art_23", "migration-code#art_23", "extension-of-temporary-stay", "migration-code#art_22").Ndcg10;

            Assert.True(duplicated < ideal, $"{duplicated} is not below {ideal}");
        }

        [Fact]
        public void Weighs_the_answer_above_a_related_provision()
        {
            var answerFirst = Score("migration-code#art_23").Ndcg10;
            var relatedFirst = Score("migration-code#art_22").Ndcg10;

            Assert.True(answerFirst > relatedFirst);
        }
    }

    public sealed class Figures
    {
        [Theory]
        [InlineData(0.40, 0.33, 0.30, 0)]
        [InlineData(0.41, 0.33, 0.30, 1)]
        [InlineData(0.50, 0.50, 0.50, 3)]
        public void Name_each_figure_below_the_floor(double mrr, double ndcg, double recall, int shortfalls) =>
            Assert.Equal(shortfalls, new RelevanceFigures(0.4012, 0.3301, 0.2987, 72).ShortOf(new RelevanceFigures(mrr, ndcg, recall, 0)).Count);
    }
}
