namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class English_citations
    {
        [Theory]
        [InlineData("A permit is issued under [Article {12}].", "12")]
        [InlineData("The exceptions in [Article {12.3}] apply to students.", "12/3")]
        [InlineData("The list in [Article {45.1.3-1}] is exhaustive.", "45/1.3-1")]
        [InlineData("[Article {10-1}] was inserted by the 2015 amendment.", "10-1")]
        [InlineData("The fee is waived under [Art. {5}].", "5")]
        [InlineData("The fee is waived under [Art.{5}].", "5")]
        [InlineData("As [ARTICLE {7}] says, the term is binding.", "7")]
        [InlineData("Fees are set by [Articles {12} and {14}].", "12 14")]
        [InlineData("Fees are set by [Articles {12}, {13} and {15}].", "12 13 15")]
        [InlineData("Fees are set by [Articles {12}, {13}, and {15}].", "12 13 15")]
        [InlineData("Either [Article {7} or {8}] applies.", "7 8")]
        [InlineData("Appeals are governed by [Articles {12}–{14}].", "12 ~13 14")]
        [InlineData("Appeals are governed by [Articles {12} to {14}].", "12 ~13 14")]
        [InlineData("Appeals are governed by [Articles {12} through {14}].", "12 ~13 14")]
        public void Name_articles_of_the_citing_instrument(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Theory]
        [InlineData("The term runs as provided by [paragraph {3} of Article 12].", "12/3")]
        [InlineData("Unless [paragraphs {2} and {3} of Article 9] provide otherwise, the fee is due.", "9/2 9/3")]
        [InlineData("The form follows [subparagraph {2} of paragraph 3 of Article 12].", "12/3.2")]
        [InlineData("The same rule is in [paragraph 3 of Articles {12} and {14}].", "12/3 14/3")]
        [InlineData("See [point {4} of Article 12.1] for the list.", "12/1.4")]
        public void Name_parts_before_their_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Theory]
        [InlineData("The authority acts under [Article {12} of this Code].", "12")]
        [InlineData("The authority acts under [Articles {12}–{14} of this Code].", "12 ~13 14")]
        [InlineData("Visas are issued under [Article {5} of the Migration Code].", "migration-code:5")]
        [InlineData("Visas are issued under [Articles {5} and {6} of the Migration Code].", "migration-code:5 migration-code:6")]
        [InlineData("Citizenship is lost under [Article {5} of the Law on Citizenship].", "?:5")]
        [InlineData("Status is set by [Article {3} of the Law on the Legal Status of Foreigners] in full.", "?:3")]
        [InlineData("It is in [Article {2} of the Law “On Refugees”].", "?:2")]
        [InlineData("[Article {5} of the Law on Citizenship] applies to Foreigners too.", "?:5")]
        [InlineData("[Article {5} of the Migration Code] and [Article {7} of the Law on Citizenship] both apply.", "migration-code:5 | ?:7")]
        public void Name_the_instrument_after_the_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);

        [Theory]
        [InlineData("[Article {12}] of Chapter 3 lists the documents.", "12")]
        [InlineData("[Article {12}] of Part 2 lists the documents.", "12")]
        [InlineData("[Article {5} of the Law on Citizenship] and [Article {6}] apply.", "?:5 | 6")]
        public void Take_no_structure_word_for_an_instrument(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.English, marked, targets);
    }
}
