using KnowledgeBase.Core.Citations;

namespace KnowledgeBase.Core.Tests.Citations;

public class KbLinkTests
{
    public class Parsing
    {
        [Theory]
        [InlineData("kb:migration-code/art_45", "migration-code", null, "art_45")]
        [InlineData("kb:migration-code@2013-07-adopted/art_45__para_1.3", "migration-code", "2013-07-adopted", "art_45__para_1.3")]
        [InlineData("kb:migration-code/art_45__para_1.3-1", "migration-code", null, "art_45__para_1.3-1")]
        [InlineData("kb:decree-276@2012-06-draft-2/preamble", "decree-276", "2012-06-draft-2", "preamble")]
        [InlineData("kb:residence-procedure/documents", "residence-procedure", null, "documents")]
        [InlineData("KB:migration-code/art_80-2", "migration-code", null, "art_80-2")]
        public void Reads_slug_version_and_id(string url, string slug, string? version, string eId)
        {
            Assert.True(KbLink.TryParse(url, out var link));
            Assert.Equal(new KbLink(slug, version, eId), link);
        }

        [Theory]
        [InlineData("kb:migration-code/art_45")]
        [InlineData("kb:migration-code@2013-07-adopted/art_45__para_1.3")]
        public void Writes_back_what_it_read(string url)
        {
            Assert.True(KbLink.TryParse(url, out var link));
            Assert.Equal(url, link.ToString());
        }
    }

    public class Rejecting
    {
        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("https://example.org/migration-code/art_45")]
        [InlineData("migration-code/art_45")]
        [InlineData("kb:")]
        [InlineData("kb:migration-code")]
        [InlineData("kb:migration-code/")]
        [InlineData("kb:/art_45")]
        [InlineData("kb:Migration-Code/art_45")]
        [InlineData("kb:-migration/art_45")]
        [InlineData("kb:migration code/art_45")]
        [InlineData("kb:migration-code@/art_45")]
        [InlineData("kb:migration-code@2013 07/art_45")]
        [InlineData("kb:migration-code/art 45")]
        [InlineData("kb:migration-code/art_45/para_1")]
        [InlineData("kb:migration-code/art_45#top")]
        [InlineData("kb:migration-code/art_45\n")]
        [InlineData(" kb:migration-code/art_45")]
        public void Anything_but_a_well_formed_kb_link(string? url)
        {
            Assert.False(KbLink.TryParse(url, out var link));
            Assert.Null(link);
        }
    }
}
