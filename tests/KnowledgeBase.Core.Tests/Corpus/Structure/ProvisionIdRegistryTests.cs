using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public class ProvisionIdRegistryTests
{
    public class Claimed_ids
    {
        [Fact]
        public void Are_given_once_and_then_with_a_counter()
        {
            var ids = new ProvisionIdRegistry();

            string[] claimed = [ids.Claim("art_80"), ids.Claim("art_80"), ids.Claim("art_80")];

            Assert.Equal(["art_80", "art_80-2", "art_80-3"], claimed);
        }

        [Fact]
        public void Skip_a_counter_that_a_real_number_already_took()
        {
            var ids = new ProvisionIdRegistry();
            ids.Claim("art_80");
            ids.Claim("art_80-2");

            Assert.Equal("art_80-3", ids.Claim("art_80"));
            Assert.Equal("art_80-2-2", ids.Claim("art_80-2"));
        }
    }

    public class Claimed_keys
    {
        [Fact]
        public void Remember_the_line_they_were_first_written_on()
        {
            var ids = new ProvisionIdRegistry();

            Assert.True(ids.TryClaimKey("documents", 12, out _));
            Assert.False(ids.TryClaimKey("documents", 30, out var earlierLine));
            Assert.Equal(12, earlierLine);
        }
    }
}
