using KnowledgeBase.Core.Citations;

namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Numbers
    {
        [Theory]
        [InlineData("[Article {18b}] and [Article {487bis}] were inserted later.", "18b | 487bis")]
        [InlineData("See [Article {12}].", "12")]
        [InlineData("See [Article {12.3}].", "12/3")]
        [InlineData("See [Article {45.1.3-1}]. The next sentence starts here.", "45/1.3-1")]
        [InlineData("See [Article {12}], then [Article {13}]; and [Article {14}]: all apply.", "12 | 13 | 14")]
        [InlineData("[Articles {10-1} and {10-2}] were inserted together.", "10-1 10-2")]
        public void Carry_dots_glued_hyphens_and_letters_but_not_the_sentence_dot(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Theory]
        [InlineData("[{12}-ci maddə]", "12")]
        [InlineData("[{6}-cı maddə]", "6")]
        [InlineData("[{9}-cu maddə]", "9")]
        [InlineData("[{4}-cü maddə]", "4")]
        [InlineData("[{4}cü maddə]", "4")]
        [InlineData("[{18b}-ci maddə]", "18b")]
        [InlineData("[{45.1.3-1}-ci maddəsi]", "45/1.3-1")]
        public void Leave_out_the_Azerbaijani_ordinal_ending(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Azerbaijani, marked, targets);

        [Fact]
        public void Locate_each_written_number_for_its_link()
        {
            const string text = "Under Articles 12–14 of the Migration Code";

            var citation = Assert.Single(SampleCorpus.English.Recognize(text));

            Assert.Equal(new CitationMatch(6, 36, "Articles 12–14 of the Migration Code", citation.Targets), citation);
            Assert.Equal(
                [
                    new CitedProvision(CitationScope.NamedInstrument, "migration-code", "12", null, 15, 2),
                    new CitedProvision(CitationScope.NamedInstrument, "migration-code", "13", null, -1, 0),
                    new CitedProvision(CitationScope.NamedInstrument, "migration-code", "14", null, 18, 2),
                ],
                citation.Targets);
        }
    }
}
