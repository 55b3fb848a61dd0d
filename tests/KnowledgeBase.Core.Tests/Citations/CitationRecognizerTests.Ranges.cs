using KnowledgeBase.Core.Citations;

namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Ranges
    {
        [Theory]
        [InlineData("[Articles {12.1}–{12.3}] describe the procedure.", "12/1 ~12/2 12/3")]
        [InlineData("[Articles {12} – {14}] describe the procedure.", "12 ~13 14")]
        [InlineData("[Articles {12}–{13}] describe the procedure.", "12 13")]
        [InlineData("[Articles {12}–{14} and {20}] describe the procedure.", "12 ~13 14 20")]
        [InlineData("[paragraphs {1}–{3} of Article 5] describe the procedure.", "5/1 ~5/2 5/3")]
        public void Cite_every_number_between_their_ends(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Theory]
        [InlineData("[Articles {14}–{12}] are listed backwards.", "14 12")]
        [InlineData("[Articles {10-1}–{10-3}] were inserted together.", "10-1 10-3")]
        [InlineData("[Articles {12}–{13.2}] mix levels.", "12 13/2")]
        [InlineData("[Articles {1}–{1000}] cannot all be meant.", "1 1000")]
        public void Cite_only_their_ends_when_the_numbers_between_are_unclear(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Fact]
        public void Hyphen_glued_to_both_numbers_is_an_inserted_article_not_a_range() =>
            CitationAssert.Finds(SampleCorpus.English, "[Articles {12-14}] were inserted.", "12-14");

        [Theory]
        [InlineData(NumberSequence.MaxRangeLength, NumberSequence.MaxRangeLength)]
        [InlineData(NumberSequence.MaxRangeLength + 1, 2)]
        public void Expand_up_to_the_cap(int last, int expectedTargets)
        {
            var citation = Assert.Single(SampleCorpus.English.Recognize($"Articles 1–{last} are transitional."));

            Assert.Equal(expectedTargets, citation.Targets.Count);
        }

        [Fact]
        public void Bound_the_targets_of_one_citation()
        {
            var citation = Assert.Single(SampleCorpus.English.Recognize("paragraphs 1–200 of Articles 1–200 are transitional."));

            Assert.Equal(TargetAssembler.MaxTargets, citation.Targets.Count);
        }
    }
}
