using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public class StableKeyTests
{
    public class Keys_on_headings
    {
        [Theory]
        [InlineData("Article 45. Temporary residence permit {#temporary-residence-permit}", "Article 45. Temporary residence permit", "temporary-residence-permit")]
        [InlineData("Documents required {#documents}", "Documents required", "documents")]
        [InlineData("Maddə 45. Müvəqqəti yaşamaq üçün icazə   {#residence-2013}  ", "Maddə 45. Müvəqqəti yaşamaq üçün icazə", "residence-2013")]
        [InlineData("{#annex-1}", "", "annex-1")]
        public void Are_taken_off_the_heading(string heading, string text, string key)
        {
            Assert.Equal(new KeyedHeading(text, key, null), StableKey.Read(heading));
        }

        [Theory]
        [InlineData("Article 45. Permit {#Permit}", "Article 45. Permit", "Permit")]
        [InlineData("Fees {#fees and charges}", "Fees", "fees and charges")]
        [InlineData("Fees {#-fees}", "Fees", "-fees")]
        [InlineData("Fees {#rüsum}", "Fees", "rüsum")]
        [InlineData("Fees {#}", "Fees", "")]
        public void That_are_not_valid_are_rejected_but_still_taken_off(string heading, string text, string rejected)
        {
            Assert.Equal(new KeyedHeading(text, null, rejected), StableKey.Read(heading));
        }

        [Theory]
        [InlineData("Article 45. Temporary residence permit")]
        [InlineData("Braces {not a key}")]
        [InlineData("A key {#key} not at the end")]
        [InlineData("Nested {#a{#b}}")]
        public void Are_only_a_brace_pair_that_ends_the_heading(string heading)
        {
            Assert.Equal(new KeyedHeading(heading, null, null), StableKey.Read(heading));
        }
    }
}
